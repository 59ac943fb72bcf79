"""Mostly a first-token sink; otherwise content words, names and away from period -> first token.

head: L24H2
heldout_iou: 0.815
heldout_iou_no_bos: 0.325
name: L24H2
form: terms
terms: 6
origin: synthesized (search/terms)
target: L24H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.44, 'first'),                          # a first-token sink: 89%
    (1.47, 'key_class', 'CONTENT'),           # content words: 3%
    (2.5, 'key_class', 'NAME'),               # names: 2%
    (-1.58, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (1.82, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (2.16, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
