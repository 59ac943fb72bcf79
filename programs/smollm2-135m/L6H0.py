"""Mostly the token ' the'; otherwise a first-token sink, distant tokens and away from period -> determiner.

head: L6H0
heldout_iou: 0.574
heldout_iou_no_bos: 0.418
name: L6H0
form: terms
terms: 7
origin: synthesized (search/terms)
target: L6H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.96, 'key_token', ' the'),              # the token ' the': 51%
    (6.21, 'first'),                          # a first-token sink: 40%
    (0.51, 'log_distance'),                   # distant tokens: 8%
    (-2.52, 'pair', 'PERIOD', 'DET'),         # away from period -> determiner: 2%
    (0.29, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (3.06, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (2.9, 'query_distance', 'PERIOD', 0),     # itself, from periods: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
