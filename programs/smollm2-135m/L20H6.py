"""Mostly a first-token sink.

head: L20H6
heldout_iou: 0.875
heldout_iou_no_bos: 0.205
name: L20H6
form: terms
terms: 1
origin: synthesized (search/terms)
target: L20H6
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.29, 'first'),                          # a first-token sink: 90%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
