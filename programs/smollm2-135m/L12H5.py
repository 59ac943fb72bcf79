"""Mainly earlier copies of the query token; otherwise a first-token sink, recent tokens and the query's own sentence.

head: L12H5
heldout_iou: 0.660
heldout_iou_no_bos: 0.668
name: L12H5
form: terms
terms: 14
origin: synthesized (search/terms)
target: L12H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.4, 'same_token'),                      # earlier copies of the query token: 39%
    (5.16, 'first'),                          # a first-token sink: 36%
    (-0.5, 'log_distance'),                   # recent tokens: 31%
    (0.46, 'same_sentence'),                  # the query's own sentence: 11%
    (0.46, 'embed_cosine'),                   # tokens similar to the query: 11%
    (0.4, 'same_word'),                       # the query's own word: 9%
    (-0.72, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 6%
    (0.24, 'distance', 0),                    # the token itself: 6%
    (1.3, 'distance', 1),                     # the previous token: 3%
    (0.21, 'key_class', 'CONTENT'),           # content words: 2%
    (0.24, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 2%
    (0.21, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (-0.13, 'last', 'CONTENT'),               # away from the last content word: 1%
    (0.41, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
