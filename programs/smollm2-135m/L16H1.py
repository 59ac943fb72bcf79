"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and earlier copies of the query token.

head: L16H1
heldout_iou: 0.605
heldout_iou_no_bos: 0.535
name: L16H1
form: terms
terms: 14
origin: synthesized (search/terms)
target: L16H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.73, 'first'),                          # a first-token sink: 50%
    (-0.52, 'log_distance'),                  # recent tokens: 20%
    (0.66, 'same_sentence'),                  # the query's own sentence: 12%
    (1.17, 'same_token'),                     # earlier copies of the query token: 10%
    (0.3, 'embed_cosine'),                    # tokens similar to the query: 5%
    (-0.71, 'key_class', 'DET'),              # away from determiners: 3%
    (0.55, 'distance', 1),                    # the previous token: 2%
    (-0.5, 'query_distance', 'CONTENT', 0),   # away from itself, from content words: 2%
    (-0.16, 'distance', 0),                   # the token itself: 2%
    (0.27, 'last', 'CONTENT'),                # the last content word: 2%
    (-0.11, 'same_word'),                     # away from the query's own word: 1%
    (0.38, 'last', 'DET'),                    # the last determiner: 1%
    (-0.51, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (0.21, 'key_class', 'PERIOD'),            # periods: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
