"""Mostly the token ' the'; otherwise a first-token sink and distant tokens.

head: L4H4
heldout_iou: 0.612
heldout_iou_no_bos: 0.382
name: L4H4
form: terms
terms: 3
origin: synthesized (search/terms)
target: L4H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (10.89, 'key_token', ' the'),             # the token ' the': 53%
    (9.31, 'first'),                          # a first-token sink: 41%
    (0.15, 'log_distance'),                   # distant tokens: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
