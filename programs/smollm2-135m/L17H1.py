"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and away from the query's own word.

head: L17H1
heldout_iou: 0.615
heldout_iou_no_bos: 0.556
name: L17H1
form: terms
terms: 10
origin: synthesized (search/terms)
target: L17H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.85, 'first'),                          # a first-token sink: 40%
    (-0.47, 'log_distance'),                  # recent tokens: 15%
    (0.86, 'same_sentence'),                  # the query's own sentence: 13%
    (-1.78, 'same_word'),                     # away from the query's own word: 8%
    (0.51, 'key_class', 'PERIOD'),            # periods: 3%
    (0.53, 'last', 'PERIOD'),                 # the last period: 2%
    (0.34, 'key_token', '.'),                 # the token '.': 2%
    (-0.31, 'distance', 1),                   # the previous token: 2%
    (-0.28, 'key_class', 'DET'),              # away from determiners: 1%
    (-0.62, 'key_token', ' the'),             # away from the token ' the': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
