"""Mainly recent tokens; otherwise the query's own sentence, the previous token and periods.

head: L11H7
heldout_iou: 0.529
heldout_iou_no_bos: 0.529
name: L11H7
form: terms
terms: 15
origin: synthesized (search/terms)
target: L11H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.91, 'log_distance'),                  # recent tokens: 36%
    (1.64, 'same_sentence'),                  # the query's own sentence: 26%
    (1.2, 'distance', 1),                     # the previous token: 19%
    (2.6, 'key_class', 'PERIOD'),             # periods: 15%
    (-1.51, 'last', 'PERIOD'),                # away from the last period: 14%
    (1.0, 'key_token', '.'),                  # the token '.': 9%
    (-0.36, 'same_token'),                    # away from earlier copies of the query token: 7%
    (0.72, 'distance', 2),                    # the token 2 back: 6%
    (0.27, 'distance', 0),                    # the token itself: 4%
    (-2.25, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 3%
    (0.16, 'same_word'),                      # the query's own word: 3%
    (-1.49, 'query_distance', 'PERIOD', 1),   # away from the previous token, from periods: 2%
    (-0.07, 'embed_cosine'),                  # away from tokens similar to the query: 1%
    (0.2, 'query_distance', 'CONTENT', 0),    # itself, from content words: 1%
    (0.94, 'key_class', 'NEWLINE'),           # newlines: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
