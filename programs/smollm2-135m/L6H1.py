"""Mostly the token ' the'; otherwise a first-token sink and distant tokens.

head: L6H1
heldout_iou: 0.570
heldout_iou_no_bos: 0.412
name: L6H1
form: terms
terms: 3
origin: synthesized (search/terms)
target: L6H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (9.68, 'key_token', ' the'),              # the token ' the': 51%
    (8.26, 'first'),                          # a first-token sink: 42%
    (0.27, 'log_distance'),                   # distant tokens: 4%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
