"""Mainly the token itself; otherwise recent tokens, the previous token and the query's own sentence.

head: L11H2
heldout_iou: 0.552
heldout_iou_no_bos: 0.557
name: L11H2
form: terms
terms: 12
origin: synthesized (search/terms)
target: L11H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-3.46, 'distance', 0),                   # the token itself: 56%
    (-1.68, 'log_distance'),                  # recent tokens: 46%
    (-1.14, 'distance', 1),                   # the previous token: 18%
    (0.93, 'same_sentence'),                  # the query's own sentence: 13%
    (1.15, 'key_class', 'PERIOD'),            # periods: 10%
    (0.89, 'key_token', '.'),                 # the token '.': 8%
    (-1.07, 'key_class', 'NAME'),             # away from names: 4%
    (-0.81, 'key_distance', 'CONTENT', 1),    # away from the previous token when a content word: 3%
    (-0.5, 'key_distance', 'CONTENT', 2),     # away from the token 2 back when a content word: 2%
    (-0.11, 'distance', 2),                   # the token 2 back: 2%
    (-1.51, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
    (-1.66, 'query_distance', 'PERIOD', 2),   # away from the token 2 back, from periods: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
