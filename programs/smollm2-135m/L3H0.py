"""Mostly the token ' the'; otherwise a first-token sink and period -> period.

head: L3H0
heldout_iou: 0.532
heldout_iou_no_bos: 0.350
name: L3H0
form: terms
terms: 3
origin: synthesized (search/terms)
target: L3H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.48, 'key_token', ' the'),              # the token ' the': 48%
    (7.72, 'first'),                          # a first-token sink: 45%
    (5.33, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
