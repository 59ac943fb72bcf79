"""Mostly a first-token sink; otherwise the token ' the', period -> period and comma -> period.

head: L6H5
heldout_iou: 0.553
heldout_iou_no_bos: 0.441
name: L6H5
form: terms
terms: 4
origin: synthesized (search/terms)
target: L6H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.82, 'first'),                          # a first-token sink: 38%
    (3.8, 'key_token', ' the'),               # the token ' the': 30%
    (2.97, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 2%
    (2.86, 'pair', 'COMMA', 'PERIOD'),        # comma -> period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
