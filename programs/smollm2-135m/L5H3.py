"""Mostly the token ' the'; otherwise a first-token sink and distant tokens.

head: L5H3
heldout_iou: 0.557
heldout_iou_no_bos: 0.406
name: L5H3
form: terms
terms: 3
origin: synthesized (search/terms)
target: L5H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.98, 'key_token', ' the'),              # the token ' the': 49%
    (5.85, 'first'),                          # a first-token sink: 42%
    (0.14, 'log_distance'),                   # distant tokens: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
