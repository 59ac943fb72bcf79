"""Mostly the token ' the'; otherwise a first-token sink and distant tokens.

head: L4H3
heldout_iou: 0.588
heldout_iou_no_bos: 0.360
name: L4H3
form: terms
terms: 3
origin: synthesized (search/terms)
target: L4H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (10.28, 'key_token', ' the'),             # the token ' the': 53%
    (8.68, 'first'),                          # a first-token sink: 41%
    (0.22, 'log_distance'),                   # distant tokens: 3%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
