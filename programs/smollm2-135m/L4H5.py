"""Mostly the token ' the'; otherwise a first-token sink and distant tokens.

head: L4H5
heldout_iou: 0.613
heldout_iou_no_bos: 0.409
name: L4H5
form: terms
terms: 3
origin: synthesized (search/terms)
target: L4H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (10.01, 'key_token', ' the'),             # the token ' the': 52%
    (8.5, 'first'),                           # a first-token sink: 42%
    (0.18, 'log_distance'),                   # distant tokens: 3%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
