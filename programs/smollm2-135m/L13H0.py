"""Mainly a first-token sink; otherwise recent tokens, earlier copies of the query token and the query's own sentence.

head: L13H0
heldout_iou: 0.654
heldout_iou_no_bos: 0.603
name: L13H0
form: terms
terms: 14
origin: synthesized (search/terms)
target: L13H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.31, 'first'),                          # a first-token sink: 48%
    (-0.51, 'log_distance'),                  # recent tokens: 25%
    (1.91, 'same_token'),                     # earlier copies of the query token: 21%
    (1.02, 'same_sentence'),                  # the query's own sentence: 20%
    (1.15, 'distance', 1),                    # the previous token: 5%
    (1.43, 'key_class', 'PERIOD'),            # periods: 4%
    (0.13, 'embed_cosine'),                   # tokens similar to the query: 3%
    (-1.48, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 2%
    (0.7, 'distance', 2),                     # the token 2 back: 2%
    (0.18, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (0.62, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (0.05, 'same_word'),                      # the query's own word: 1%
    (-0.08, 'last', 'CONTENT'),               # away from the last content word: 1%
    (0.1, 'query_distance', 'CONTENT', 0),    # itself, from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
