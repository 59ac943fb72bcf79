"""Mostly the token ' the'; otherwise a first-token sink, away from the query's own sentence and period -> period.

head: L7H0
heldout_iou: 0.607
heldout_iou_no_bos: 0.408
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
    (10.78, 'key_token', ' the'),             # the token ' the': 50%
    (9.72, 'first'),                          # a first-token sink: 42%
    (-0.32, 'same_sentence'),                 # away from the query's own sentence: 2%
    (3.53, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (3.46, 'query_distance', 'PERIOD', 0),    # itself, from periods: 1%
    (2.97, 'last', 'PERIOD'),                 # the last period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
