"""Mainly a first-token sink; otherwise the query's own sentence, the token ' the' and recent tokens.

head: L9H5
heldout_iou: 0.510
heldout_iou_no_bos: 0.489
name: L9H5
form: terms
terms: 14
origin: synthesized (search/terms)
target: L9H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.33, 'first'),                          # a first-token sink: 26%
    (1.31, 'same_sentence'),                  # the query's own sentence: 23%
    (3.79, 'key_token', ' the'),              # the token ' the': 20%
    (-0.41, 'log_distance'),                  # recent tokens: 18%
    (1.74, 'distance', 1),                    # the previous token: 14%
    (-1.48, 'last', 'DET'),                   # away from the last determiner: 11%
    (1.52, 'distance', 2),                    # the token 2 back: 8%
    (1.2, 'last', 'PERIOD'),                  # the last period: 3%
    (0.74, 'distance', 3),                    # the token 3 back: 3%
    (-1.99, 'key_distance', 'DET', 1),        # away from the previous token when a determiner: 2%
    (-1.76, 'key_distance', 'DET', 2),        # away from the token 2 back when a determiner: 2%
    (0.46, 'last', 'AUX'),                    # the last auxiliary: 1%
    (1.81, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (2.34, 'pair', 'NAME', 'DET'),            # name -> determiner: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
