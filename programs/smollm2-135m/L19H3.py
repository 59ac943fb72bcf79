"""Mainly the previous token; otherwise the query's own sentence, recent tokens and a first-token sink.

head: L19H3
heldout_iou: 0.676
heldout_iou_no_bos: 0.705
name: L19H3
form: terms
terms: 12
origin: synthesized (search/terms)
target: L19H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.4, 'distance', 1),                     # the previous token: 40%
    (1.76, 'same_sentence'),                  # the query's own sentence: 36%
    (-0.46, 'log_distance'),                  # recent tokens: 25%
    (5.57, 'first'),                          # a first-token sink: 24%
    (2.37, 'distance', 2),                    # the token 2 back: 12%
    (1.14, 'distance', 0),                    # the token itself: 7%
    (1.09, 'last', 'PERIOD'),                 # the last period: 3%
    (0.3, 'same_token'),                      # earlier copies of the query token: 3%
    (-0.52, 'key_token', ' the'),             # away from the token ' the': 1%
    (0.26, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 1%
    (1.4, 'key_distance', 'CONTENT', 3),      # the token 3 back when a content word: 1%
    (0.24, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
