"""Mostly a first-token sink.

head: L23H2
heldout_iou: 0.820
heldout_iou_no_bos: 0.245
name: L23H2
form: terms
terms: 1
origin: synthesized (search/terms)
target: L23H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.79, 'first'),                          # a first-token sink: 89%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
