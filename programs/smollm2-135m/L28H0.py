"""Mostly a first-token sink; otherwise names, content words and away from period -> first token.

head: L28H0
heldout_iou: 0.715
heldout_iou_no_bos: 0.410
name: L28H0
form: terms
terms: 4
origin: synthesized (search/terms)
target: L28H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.01, 'first'),                          # a first-token sink: 82%
    (2.46, 'key_class', 'NAME'),              # names: 3%
    (0.58, 'key_class', 'CONTENT'),           # content words: 2%
    (-1.3, 'pair', 'PERIOD', 'BOS'),          # away from period -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
