"""Mainly a first-token sink; otherwise recent tokens, the previous token and the query's own sentence.

head: L17H8
heldout_iou: 0.650
heldout_iou_no_bos: 0.691
name: L17H8
form: terms
terms: 8
origin: synthesized (search/terms)
target: L17H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.47, 'first'),                          # a first-token sink: 39%
    (-0.53, 'log_distance'),                  # recent tokens: 27%
    (2.63, 'distance', 1),                    # the previous token: 26%
    (1.16, 'same_sentence'),                  # the query's own sentence: 23%
    (2.02, 'distance', 2),                    # the token 2 back: 10%
    (1.49, 'last', 'PERIOD'),                 # the last period: 4%
    (1.09, 'distance', 3),                    # the token 3 back: 3%
    (0.18, 'last', 'CONTENT'),                # the last content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
