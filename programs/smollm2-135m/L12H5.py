"""Mainly earlier copies of the query token; otherwise recent tokens, a first-token sink and the query's own sentence.

head: L12H5
heldout_iou: 0.651
heldout_iou_no_bos: 0.668
name: L12H5
form: terms
terms: 15
origin: synthesized (search/terms)
target: L12H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.4, 'same_token'),                      # earlier copies of the query token: 42%
    (-0.62, 'log_distance'),                  # recent tokens: 38%
    (5.09, 'first'),                          # a first-token sink: 31%
    (0.41, 'same_sentence'),                  # the query's own sentence: 9%
    (0.37, 'embed_cosine'),                   # tokens similar to the query: 8%
    (0.31, 'same_word'),                      # the query's own word: 7%
    (0.28, 'distance', 0),                    # the token itself: 7%
    (-0.65, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 5%
    (1.33, 'distance', 1),                    # the previous token: 4%
    (0.3, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 2%
    (0.26, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 2%
    (0.13, 'key_class', 'CONTENT'),           # content words: 1%
    (-0.12, 'last', 'CONTENT'),               # away from the last content word: 1%
    (0.59, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (0.74, 'query_distance', 'CONJ', 0),      # itself, from conjunctions: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
