"""Mostly the token ' the'; otherwise a first-token sink and distant tokens.

head: L7H7
heldout_iou: 0.559
heldout_iou_no_bos: 0.294
name: L7H7
form: terms
terms: 3
origin: synthesized (search/terms)
target: L7H7
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (9.98, 'key_token', ' the'),              # the token ' the': 50%
    (8.83, 'first'),                          # a first-token sink: 44%
    (0.21, 'log_distance'),                   # distant tokens: 3%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
