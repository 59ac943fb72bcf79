"""Mostly the token ' the'; otherwise a first-token sink and distant tokens.

head: L7H2
heldout_iou: 0.588
heldout_iou_no_bos: 0.395
name: L7H2
form: terms
terms: 3
origin: synthesized (search/terms)
target: L7H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.86, 'key_token', ' the'),              # the token ' the': 49%
    (7.78, 'first'),                          # a first-token sink: 44%
    (0.18, 'log_distance'),                   # distant tokens: 3%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
