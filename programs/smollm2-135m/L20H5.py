"""Mostly a first-token sink.

head: L20H5
heldout_iou: 0.797
heldout_iou_no_bos: 0.265
name: L20H5
form: terms
terms: 1
origin: synthesized (search/terms)
target: L20H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.36, 'first'),                          # a first-token sink: 87%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
