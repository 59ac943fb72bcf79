"""Mostly a first-token sink.

head: L20H3
heldout_iou: 0.808
heldout_iou_no_bos: 0.304
name: L20H3
form: terms
terms: 1
origin: synthesized (search/terms)
target: L20H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.6, 'first'),                           # a first-token sink: 89%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
