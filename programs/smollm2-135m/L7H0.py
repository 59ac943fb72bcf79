"""Mostly the token ' the'; otherwise a first-token sink, distant tokens and itself, from periods.

head: L7H0
heldout_iou: 0.609
heldout_iou_no_bos: 0.395
name: L7H0
form: terms
terms: 6
origin: synthesized (search/terms)
target: L7H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (10.7, 'key_token', ' the'),              # the token ' the': 50%
    (9.56, 'first'),                          # a first-token sink: 43%
    (0.2, 'log_distance'),                    # distant tokens: 3%
    (5.71, 'query_distance', 'PERIOD', 0),    # itself, from periods: 1%
    (3.55, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (-0.38, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
