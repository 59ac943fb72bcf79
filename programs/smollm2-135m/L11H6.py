"""Mostly recent tokens; otherwise tokens similar to the query, periods and the token '.'.

head: L11H6
heldout_iou: 0.707
heldout_iou_no_bos: 0.708
name: L11H6
form: terms
terms: 10
origin: synthesized (search/terms)
target: L11H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-1.18, 'log_distance'),                  # recent tokens: 53%
    (1.85, 'embed_cosine'),                   # tokens similar to the query: 34%
    (1.28, 'key_class', 'PERIOD'),            # periods: 5%
    (1.19, 'key_token', '.'),                 # the token '.': 5%
    (0.26, 'distance', 0),                    # the token itself: 5%
    (0.24, 'same_word'),                      # the query's own word: 4%
    (-0.75, 'last', 'PERIOD'),                # away from the last period: 4%
    (0.32, 'same_sentence'),                  # the query's own sentence: 3%
    (0.6, 'pair', 'CONTENT', 'PERIOD'),       # content word -> period: 1%
    (-1.0, 'query_distance', 'PERIOD', 0),    # away from itself, from periods: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
