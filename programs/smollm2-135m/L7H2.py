"""Mainly the token ' the'; otherwise a first-token sink, distant tokens and period -> period.

head: L7H2
heldout_iou: 0.588
heldout_iou_no_bos: 0.346
name: L7H2
form: terms
terms: 5
origin: synthesized (search/terms)
target: L7H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (9.57, 'key_token', ' the'),              # the token ' the': 50%
    (8.17, 'first'),                          # a first-token sink: 45%
    (0.39, 'log_distance'),                   # distant tokens: 6%
    (7.21, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (2.46, 'key_class', 'CONTENT'),           # content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
