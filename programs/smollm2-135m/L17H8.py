"""Mainly a first-token sink; otherwise recent tokens, the query's own sentence and the previous token.

head: L17H8
heldout_iou: 0.643
heldout_iou_no_bos: 0.680
name: L17H8
form: terms
terms: 9
origin: synthesized (search/terms)
target: L17H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.74, 'first'),                          # a first-token sink: 37%
    (-0.61, 'log_distance'),                  # recent tokens: 31%
    (1.5, 'same_sentence'),                   # the query's own sentence: 30%
    (2.61, 'distance', 1),                    # the previous token: 28%
    (1.97, 'distance', 2),                    # the token 2 back: 11%
    (1.97, 'last', 'PERIOD'),                 # the last period: 5%
    (0.24, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (0.58, 'distance', 3),                    # the token 3 back: 1%
    (0.15, 'key_distance', 'CONTENT', 2),     # the token 2 back when a content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
