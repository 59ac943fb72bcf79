"""Mainly a first-token sink; otherwise recent tokens, the query's own sentence and the token ' the'.

head: L9H4
heldout_iou: 0.449
heldout_iou_no_bos: 0.403
name: L9H4
form: terms
terms: 14
origin: synthesized (search/terms)
target: L9H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.1, 'first'),                           # a first-token sink: 31%
    (-0.73, 'log_distance'),                  # recent tokens: 24%
    (1.02, 'same_sentence'),                  # the query's own sentence: 17%
    (2.98, 'key_token', ' the'),              # the token ' the': 15%
    (-1.25, 'last', 'DET'),                   # away from the last determiner: 8%
    (1.53, 'last', 'PERIOD'),                 # the last period: 6%
    (-1.07, 'distance', 1),                   # the previous token: 6%
    (-0.7, 'distance', 0),                    # the token itself: 6%
    (-0.66, 'same_word'),                     # away from the query's own word: 5%
    (0.51, 'same_token'),                     # earlier copies of the query token: 3%
    (0.28, 'key_class', 'PERIOD'),            # periods: 2%
    (0.29, 'key_token', '.'),                 # the token '.': 2%
    (-1.39, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
    (0.14, 'distance', 3),                    # the token 3 back: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
