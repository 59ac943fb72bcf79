"""Mainly a first-token sink; otherwise the query's own sentence, recent tokens and the token ' the'.

head: L9H5
heldout_iou: 0.504
heldout_iou_no_bos: 0.488
name: L9H5
form: terms
terms: 12
origin: synthesized (search/terms)
target: L9H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.34, 'first'),                          # a first-token sink: 26%
    (1.34, 'same_sentence'),                  # the query's own sentence: 25%
    (-0.47, 'log_distance'),                  # recent tokens: 21%
    (3.53, 'key_token', ' the'),              # the token ' the': 18%
    (1.6, 'distance', 1),                     # the previous token: 14%
    (-1.91, 'last', 'DET'),                   # away from the last determiner: 14%
    (1.34, 'distance', 2),                    # the token 2 back: 8%
    (1.26, 'last', 'PERIOD'),                 # the last period: 3%
    (0.76, 'distance', 3),                    # the token 3 back: 3%
    (0.48, 'last', 'AUX'),                    # the last auxiliary: 1%
    (1.75, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (2.48, 'pair', 'NAME', 'DET'),            # name -> determiner: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
