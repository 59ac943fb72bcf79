"""Mostly the token ' the'; otherwise a first-token sink, distant tokens and period -> period.

head: L8H2
heldout_iou: 0.513
heldout_iou_no_bos: 0.390
name: L8H2
form: terms
terms: 4
origin: synthesized (search/terms)
target: L8H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.47, 'key_token', ' the'),              # the token ' the': 45%
    (4.45, 'first'),                          # a first-token sink: 37%
    (0.16, 'log_distance'),                   # distant tokens: 4%
    (4.08, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
