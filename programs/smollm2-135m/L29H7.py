"""Mostly a first-token sink; otherwise content words, names and the token ' Cotton'.

head: L29H7
heldout_iou: 0.642
heldout_iou_no_bos: 0.385
name: L29H7
form: terms
terms: 5
origin: synthesized (search/terms)
target: L29H7
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.2, 'first'),                           # a first-token sink: 70%
    (0.97, 'key_class', 'CONTENT'),           # content words: 6%
    (1.53, 'key_class', 'NAME'),              # names: 5%
    (2.76, 'key_token', ' Cotton'),           # the token ' Cotton': 4%
    (1.77, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
