"""Mainly the query's own sentence; otherwise a first-token sink, recent tokens and the previous token.

head: L18H1
heldout_iou: 0.548
heldout_iou_no_bos: 0.508
name: L18H1
form: terms
terms: 8
origin: synthesized (search/terms)
target: L18H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.79, 'same_sentence'),                  # the query's own sentence: 47%
    (5.88, 'first'),                          # a first-token sink: 38%
    (-0.51, 'log_distance'),                  # recent tokens: 25%
    (1.57, 'distance', 1),                    # the previous token: 17%
    (0.92, 'distance', 2),                    # the token 2 back: 6%
    (1.59, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (0.49, 'distance', 3),                    # the token 3 back: 2%
    (0.33, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
