"""Mainly a first-token sink; otherwise recent tokens, the query's own sentence and periods.

head: L27H3
heldout_iou: 0.474
heldout_iou_no_bos: 0.451
name: L27H3
form: terms
terms: 13
origin: synthesized (search/terms)
target: L27H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.49, 'first'),                          # a first-token sink: 37%
    (-0.78, 'log_distance'),                  # recent tokens: 31%
    (0.64, 'same_sentence'),                  # the query's own sentence: 13%
    (1.27, 'key_class', 'PERIOD'),            # periods: 7%
    (0.96, 'key_token', '.'),                 # the token '.': 6%
    (-0.61, 'last', 'PERIOD'),                # away from the last period: 4%
    (0.52, 'last', 'CONTENT'),                # the last content word: 4%
    (0.22, 'embed_cosine'),                   # tokens similar to the query: 4%
    (0.27, 'same_token'),                     # earlier copies of the query token: 4%
    (1.54, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 2%
    (-0.09, 'same_word'),                     # away from the query's own word: 1%
    (-0.09, 'distance', 0),                   # the token itself: 1%
    (-0.96, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
