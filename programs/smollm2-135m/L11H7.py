"""Mainly recent tokens; otherwise the query's own sentence, away from the last period and the token itself.

head: L11H7
heldout_iou: 0.518
heldout_iou_no_bos: 0.518
name: L11H7
form: terms
terms: 14
origin: synthesized (search/terms)
target: L11H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-1.25, 'log_distance'),                  # recent tokens: 45%
    (1.6, 'same_sentence'),                   # the query's own sentence: 22%
    (-1.62, 'last', 'PERIOD'),                # away from the last period: 14%
    (-0.74, 'distance', 0),                   # the token itself: 14%
    (1.98, 'key_class', 'PERIOD'),            # periods: 11%
    (0.51, 'distance', 1),                    # the previous token: 10%
    (1.67, 'key_token', '.'),                 # the token '.': 10%
    (0.41, 'query_distance', 'CONTENT', 1),   # the previous token, from content words: 3%
    (-1.77, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 2%
    (1.71, 'pair', 'NAME', 'PERIOD'),         # name -> period: 2%
    (-0.63, 'distance', 5),                   # the token 5 back: 2%
    (0.37, 'key_distance', 'DET', 1),         # the previous token when a determiner: 1%
    (-0.63, 'pair', 'PERIOD', 'PERIOD'),      # away from period -> period: 1%
    (-0.17, 'distance', 4),                   # the token 4 back: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
