"""Mostly a first-token sink.

head: L26H5
heldout_iou: 0.799
heldout_iou_no_bos: 0.318
name: L26H5
form: terms
terms: 1
origin: synthesized (search/terms)
target: L26H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.21, 'first'),                          # a first-token sink: 87%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
