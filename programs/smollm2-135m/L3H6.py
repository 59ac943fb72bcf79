"""Mostly a first-token sink; otherwise the token ' the', determiners and periods.

head: L3H6
heldout_iou: 0.614
heldout_iou_no_bos: 0.477
name: L3H6
form: terms
terms: 4
origin: synthesized (search/terms)
target: L3H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.12, 'first'),                          # a first-token sink: 44%
    (3.33, 'key_token', ' the'),              # the token ' the': 26%
    (0.37, 'key_class', 'DET'),               # determiners: 5%
    (1.5, 'key_class', 'PERIOD'),             # periods: 4%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
