"""Mostly the token ' the'; otherwise a first-token sink and distant tokens.

head: L5H5
heldout_iou: 0.621
heldout_iou_no_bos: 0.434
name: L5H5
form: terms
terms: 3
origin: synthesized (search/terms)
target: L5H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (9.8, 'key_token', ' the'),               # the token ' the': 51%
    (8.53, 'first'),                          # a first-token sink: 43%
    (0.15, 'log_distance'),                   # distant tokens: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
