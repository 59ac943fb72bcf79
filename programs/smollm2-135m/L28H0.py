"""Mostly a first-token sink; otherwise names, content words and content word -> first token.

head: L28H0
heldout_iou: 0.709
heldout_iou_no_bos: 0.406
name: L28H0
form: terms
terms: 7
origin: synthesized (search/terms)
target: L28H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.61, 'first'),                          # a first-token sink: 75%
    (2.66, 'key_class', 'NAME'),              # names: 8%
    (0.77, 'key_class', 'CONTENT'),           # content words: 3%
    (0.42, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (-1.22, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (0.43, 'pair', 'CONTENT', 'NAME'),        # content word -> name: 1%
    (-1.23, 'after', 'CONTENT', 'NAME'),      # away from content word -> the token after a name: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
