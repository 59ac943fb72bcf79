"""Mostly the token ' the'; otherwise a first-token sink.

head: L4H3
heldout_iou: 0.586
heldout_iou_no_bos: 0.361
name: L4H3
form: terms
terms: 2
origin: synthesized (search/terms)
target: L4H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (10.93, 'key_token', ' the'),             # the token ' the': 53%
    (9.6, 'first'),                           # a first-token sink: 42%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
