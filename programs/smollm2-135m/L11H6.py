"""Mostly recent tokens; otherwise tokens similar to the query, periods and the query's own word.

head: L11H6
heldout_iou: 0.717
heldout_iou_no_bos: 0.719
name: L11H6
form: terms
terms: 11
origin: synthesized (search/terms)
target: L11H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-1.07, 'log_distance'),                  # recent tokens: 49%
    (1.46, 'embed_cosine'),                   # tokens similar to the query: 27%
    (3.02, 'key_class', 'PERIOD'),            # periods: 11%
    (0.47, 'same_word'),                      # the query's own word: 9%
    (-1.14, 'last', 'PERIOD'),                # away from the last period: 8%
    (0.56, 'same_sentence'),                  # the query's own sentence: 7%
    (0.31, 'same_token'),                     # earlier copies of the query token: 6%
    (0.2, 'distance', 0),                     # the token itself: 4%
    (0.37, 'distance', 1),                    # the previous token: 2%
    (-1.33, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
    (-0.15, 'pair', 'CONTENT', 'CONTENT'),    # away from content word -> content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
