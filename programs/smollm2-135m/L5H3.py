"""Mostly the token ' the'; otherwise a first-token sink, distant tokens and away from period -> determiner.

head: L5H3
heldout_iou: 0.554
heldout_iou_no_bos: 0.421
name: L5H3
form: terms
terms: 6
origin: synthesized (search/terms)
target: L5H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.33, 'key_token', ' the'),              # the token ' the': 52%
    (5.44, 'first'),                          # a first-token sink: 38%
    (0.54, 'log_distance'),                   # distant tokens: 8%
    (-2.51, 'pair', 'PERIOD', 'DET'),         # away from period -> determiner: 2%
    (0.18, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (2.77, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
