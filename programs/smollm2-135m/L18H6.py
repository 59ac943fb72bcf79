"""Mostly a first-token sink.

head: L18H6
heldout_iou: 0.873
heldout_iou_no_bos: 0.119
name: L18H6
form: terms
terms: 1
origin: synthesized (search/terms)
target: L18H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (10.59, 'first'),                         # a first-token sink: 93%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
