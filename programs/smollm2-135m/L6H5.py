"""Mostly a first-token sink; otherwise the token ' the', determiners and period -> period.

head: L6H5
heldout_iou: 0.553
heldout_iou_no_bos: 0.438
name: L6H5
form: terms
terms: 5
origin: synthesized (search/terms)
target: L6H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.98, 'first'),                          # a first-token sink: 42%
    (3.61, 'key_token', ' the'),              # the token ' the': 28%
    (0.27, 'key_class', 'DET'),               # determiners: 4%
    (2.59, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (0.34, 'key_class', 'PERIOD'),            # periods: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
