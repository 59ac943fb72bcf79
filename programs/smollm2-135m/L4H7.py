"""Mostly the token ' the'; otherwise a first-token sink, away from period -> determiner and period -> period.

head: L4H7
heldout_iou: 0.517
heldout_iou_no_bos: 0.387
name: L4H7
form: terms
terms: 8
origin: synthesized (search/terms)
target: L4H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.56, 'key_token', ' the'),              # the token ' the': 52%
    (5.99, 'first'),                          # a first-token sink: 39%
    (-2.95, 'pair', 'PERIOD', 'DET'),         # away from period -> determiner: 2%
    (2.65, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 2%
    (2.98, 'query_distance', 'PERIOD', 0),    # itself, from periods: 2%
    (-0.98, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 1%
    (0.25, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (3.01, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
