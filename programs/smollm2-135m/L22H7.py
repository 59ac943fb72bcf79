"""Mostly a first-token sink; otherwise content words, names and content word -> first token.

head: L22H7
heldout_iou: 0.630
heldout_iou_no_bos: 0.310
name: L22H7
form: terms
terms: 7
origin: synthesized (search/terms)
target: L22H7
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.01, 'first'),                          # a first-token sink: 80%
    (1.31, 'key_class', 'CONTENT'),           # content words: 5%
    (2.12, 'key_class', 'NAME'),              # names: 3%
    (0.55, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (3.24, 'pair', 'PERIOD', 'NAME'),         # period -> name: 2%
    (1.8, 'induction'),                       # the token after an earlier copy of the query (induction): 1%
    (0.28, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
