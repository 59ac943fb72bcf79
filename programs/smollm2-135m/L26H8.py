"""Mostly a first-token sink; otherwise the query's own sentence, the token itself and period -> period.

head: L26H8
heldout_iou: 0.621
heldout_iou_no_bos: 0.510
name: L26H8
form: terms
terms: 9
origin: synthesized (search/terms)
target: L26H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.28, 'first'),                          # a first-token sink: 72%
    (2.33, 'same_sentence'),                  # the query's own sentence: 20%
    (2.77, 'distance', 0),                    # the token itself: 13%
    (4.31, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 4%
    (-0.68, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 4%
    (1.58, 'distance', 1),                    # the previous token: 3%
    (0.7, 'distance', 2),                     # the token 2 back: 1%
    (0.66, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 1%
    (0.63, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
