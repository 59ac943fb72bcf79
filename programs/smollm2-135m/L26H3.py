"""Mostly a first-token sink.

head: L26H3
heldout_iou: 0.804
heldout_iou_no_bos: 0.323
name: L26H3
form: terms
terms: 1
origin: synthesized (search/terms)
target: L26H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.3, 'first'),                           # a first-token sink: 87%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
