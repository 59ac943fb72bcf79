"""Mostly recent tokens; otherwise the query's own sentence, the token itself and the last content word.

head: L11H8
heldout_iou: 0.533
heldout_iou_no_bos: 0.534
name: L11H8
form: terms
terms: 15
origin: synthesized (search/terms)
target: L11H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-1.13, 'log_distance'),                  # recent tokens: 43%
    (1.15, 'same_sentence'),                  # the query's own sentence: 17%
    (-0.87, 'distance', 0),                   # the token itself: 17%
    (0.51, 'last', 'CONTENT'),                # the last content word: 8%
    (1.35, 'key_class', 'PERIOD'),            # periods: 6%
    (-0.91, 'last', 'PERIOD'),                # away from the last period: 6%
    (1.14, 'key_token', '.'),                 # the token '.': 5%
    (-0.68, 'key_class', 'DET'),              # away from determiners: 4%
    (0.46, 'query_distance', 'CONTENT', 0),   # itself, from content words: 4%
    (0.93, 'pair', 'NAME', 'NAME'),           # name -> name: 2%
    (-1.18, 'key_distance', 'PERIOD', 1),     # away from the previous token when a period: 1%
    (0.18, 'key_class', 'NAME'),              # names: 1%
    (0.53, 'query_distance', 'NAME', 0),      # itself, from names: 1%
    (-1.53, 'pair', 'PERIOD', 'PERIOD'),      # away from period -> period: 1%
    (-1.61, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
