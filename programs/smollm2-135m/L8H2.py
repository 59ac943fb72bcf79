"""Mostly the token ' the'; otherwise a first-token sink, away from the query's own sentence and period -> period.

head: L8H2
heldout_iou: 0.510
heldout_iou_no_bos: 0.382
name: L8H2
form: terms
terms: 5
origin: synthesized (search/terms)
target: L8H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.64, 'key_token', ' the'),              # the token ' the': 46%
    (4.65, 'first'),                          # a first-token sink: 38%
    (-0.44, 'same_sentence'),                 # away from the query's own sentence: 4%
    (2.31, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (1.55, 'query_distance', 'PERIOD', 0),    # itself, from periods: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
