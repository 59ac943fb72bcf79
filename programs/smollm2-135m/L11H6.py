"""Mostly recent tokens; otherwise tokens similar to the query, periods and away from the last period.

head: L11H6
heldout_iou: 0.715
heldout_iou_no_bos: 0.716
name: L11H6
form: terms
terms: 12
origin: synthesized (search/terms)
target: L11H6
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-1.23, 'log_distance'),                  # recent tokens: 55%
    (1.41, 'embed_cosine'),                   # tokens similar to the query: 27%
    (3.19, 'key_class', 'PERIOD'),            # periods: 12%
    (-1.19, 'last', 'PERIOD'),                # away from the last period: 8%
    (0.4, 'same_word'),                       # the query's own word: 8%
    (0.56, 'same_sentence'),                  # the query's own sentence: 7%
    (0.15, 'same_token'),                     # earlier copies of the query token: 3%
    (-1.42, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
    (0.18, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
    (-0.14, 'key_token', '.'),                # away from the token '.': 1%
    (0.05, 'distance', 0),                    # the token itself: 1%
    (-0.18, 'pair', 'CONTENT', 'CONTENT'),    # away from content word -> content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
