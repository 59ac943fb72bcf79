"""Mainly the previous token; otherwise recent tokens, the query's own sentence and a first-token sink.

head: L19H3
heldout_iou: 0.663
heldout_iou_no_bos: 0.699
name: L19H3
form: terms
terms: 15
origin: synthesized (search/terms)
target: L19H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.96, 'distance', 1),                    # the previous token: 40%
    (-0.67, 'log_distance'),                  # recent tokens: 36%
    (1.53, 'same_sentence'),                  # the query's own sentence: 31%
    (5.44, 'first'),                          # a first-token sink: 24%
    (1.98, 'distance', 2),                    # the token 2 back: 11%
    (0.97, 'last', 'PERIOD'),                 # the last period: 3%
    (0.26, 'distance', 0),                    # the token itself: 2%
    (0.13, 'last', 'CONTENT'),                # the last content word: 1%
    (0.18, 'same_token'),                     # earlier copies of the query token: 1%
    (0.12, 'same_word'),                      # the query's own word: 1%
    (0.24, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 1%
    (1.06, 'key_distance', 'CONTENT', 3),     # the token 3 back when a content word: 1%
    (0.14, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (-0.85, 'distance', 7),                   # the token 7 back: 1%
    (0.21, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
