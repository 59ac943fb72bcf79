"""Mostly the token ' the'; otherwise a first-token sink, away from the query's own sentence and period -> period.

head: L7H1
heldout_iou: 0.590
heldout_iou_no_bos: 0.437
name: L7H1
form: terms
terms: 8
origin: synthesized (search/terms)
target: L7H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (9.16, 'key_token', ' the'),              # the token ' the': 50%
    (7.97, 'first'),                          # a first-token sink: 41%
    (-0.47, 'same_sentence'),                 # away from the query's own sentence: 3%
    (2.99, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (2.52, 'query_distance', 'PERIOD', 0),    # itself, from periods: 1%
    (1.3, 'key_class', 'PERIOD'),             # periods: 1%
    (1.29, 'key_token', '.'),                 # the token '.': 1%
    (0.19, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
