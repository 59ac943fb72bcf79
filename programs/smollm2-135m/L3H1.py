"""Mainly the token ' the'; otherwise a first-token sink, the previous token and period -> period.

head: L3H1
heldout_iou: 0.529
heldout_iou_no_bos: 0.358
name: L3H1
form: terms
terms: 4
origin: synthesized (search/terms)
target: L3H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.22, 'key_token', ' the'),              # the token ' the': 47%
    (7.6, 'first'),                           # a first-token sink: 46%
    (1.53, 'distance', 1),                    # the previous token: 2%
    (5.11, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
