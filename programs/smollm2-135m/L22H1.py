"""Mainly a first-token sink; otherwise the previous token, the query's own sentence and recent tokens.

head: L22H1
heldout_iou: 0.668
heldout_iou_no_bos: 0.652
name: L22H1
form: terms
terms: 12
origin: synthesized (search/terms)
target: L22H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.74, 'first'),                          # a first-token sink: 43%
    (3.58, 'distance', 1),                    # the previous token: 28%
    (1.45, 'same_sentence'),                  # the query's own sentence: 28%
    (-0.28, 'log_distance'),                  # recent tokens: 16%
    (2.53, 'distance', 0),                    # the token itself: 12%
    (2.2, 'distance', 2),                     # the token 2 back: 6%
    (2.82, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 4%
    (1.23, 'last', 'PERIOD'),                 # the last period: 2%
    (1.39, 'pair', 'CONJ', 'BOS'),            # conjunction -> first token: 1%
    (1.59, 'pair', 'COMMA', 'BOS'),           # comma -> first token: 1%
    (2.01, 'pair', 'NEWLINE', 'BOS'),         # newline -> first token: 1%
    (0.95, 'pair', 'WH', 'BOS'),              # wh-word -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
