"""Mostly a first-token sink; otherwise content words, content word -> first token and names.

head: L24H5
heldout_iou: 0.731
heldout_iou_no_bos: 0.382
name: L24H5
form: terms
terms: 5
origin: synthesized (search/terms)
target: L24H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.69, 'first'),                          # a first-token sink: 80%
    (0.95, 'key_class', 'CONTENT'),           # content words: 4%
    (0.7, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 2%
    (1.8, 'key_class', 'NAME'),               # names: 2%
    (2.53, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
