"""Mainly a first-token sink; otherwise the token ' the', recent tokens and the query's own sentence.

head: L7H8
heldout_iou: 0.477
heldout_iou_no_bos: 0.396
name: L7H8
form: terms
terms: 8
origin: synthesized (search/terms)
target: L7H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.51, 'first'),                          # a first-token sink: 39%
    (3.8, 'key_token', ' the'),               # the token ' the': 24%
    (-0.46, 'log_distance'),                  # recent tokens: 15%
    (0.89, 'same_sentence'),                  # the query's own sentence: 13%
    (-0.72, 'last', 'DET'),                   # away from the last determiner: 5%
    (0.5, 'key_class', 'PERIOD'),             # periods: 2%
    (0.49, 'key_token', '.'),                 # the token '.': 1%
    (0.4, 'last', 'PERIOD'),                  # the last period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
