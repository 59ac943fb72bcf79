"""Mainly the token ' the'; otherwise a first-token sink, distant tokens and period -> period.

head: L7H1
heldout_iou: 0.585
heldout_iou_no_bos: 0.367
name: L7H1
form: terms
terms: 7
origin: synthesized (search/terms)
target: L7H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (10.3, 'key_token', ' the'),              # the token ' the': 50%
    (9.11, 'first'),                          # a first-token sink: 44%
    (0.21, 'log_distance'),                   # distant tokens: 4%
    (6.99, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 3%
    (3.44, 'last', 'PERIOD'),                 # the last period: 2%
    (-0.28, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
    (2.89, 'key_class', 'CONTENT'),           # content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
