"""Mainly a first-token sink; otherwise recent tokens, the query's own sentence and earlier copies of the query token.

head: L28H5
heldout_iou: 0.501
heldout_iou_no_bos: 0.479
name: L28H5
form: terms
terms: 13
origin: synthesized (search/terms)
target: L28H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.44, 'first'),                          # a first-token sink: 33%
    (-0.64, 'log_distance'),                  # recent tokens: 29%
    (0.9, 'same_sentence'),                   # the query's own sentence: 18%
    (0.89, 'same_token'),                     # earlier copies of the query token: 12%
    (0.5, 'embed_cosine'),                    # tokens similar to the query: 9%
    (1.38, 'key_class', 'PERIOD'),            # periods: 9%
    (0.95, 'key_token', '.'),                 # the token '.': 7%
    (-0.25, 'distance', 0),                   # the token itself: 5%
    (-1.59, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 2%
    (0.27, 'distance', 1),                    # the previous token: 2%
    (0.97, 'query_distance', 'DET', 1),       # the previous token, from determiners: 1%
    (1.85, 'pair', 'TO', 'BOS'),              # 'to' -> first token: 1%
    (0.69, 'key_distance', 'PREP', 1),        # the previous token when a preposition: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
