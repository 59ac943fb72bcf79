"""Mainly a first-token sink; otherwise the token ' the', earlier copies of the query token and the query's own word.

head: L6H8
heldout_iou: 0.552
heldout_iou_no_bos: 0.492
name: L6H8
form: terms
terms: 14
origin: synthesized (search/terms)
target: L6H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.21, 'first'),                          # a first-token sink: 34%
    (3.74, 'key_token', ' the'),              # the token ' the': 27%
    (1.59, 'same_token'),                     # earlier copies of the query token: 16%
    (1.66, 'same_word'),                      # the query's own word: 16%
    (-0.14, 'log_distance'),                  # recent tokens: 6%
    (0.33, 'same_sentence'),                  # the query's own sentence: 6%
    (-0.49, 'last', 'DET'),                   # away from the last determiner: 4%
    (0.25, 'key_class', 'DET'),               # determiners: 3%
    (-0.16, 'distance', 0),                   # the token itself: 3%
    (-1.89, 'query_distance', 'DET', 0),      # away from itself, from determiners: 2%
    (-0.35, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 2%
    (0.23, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (0.41, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 1%
    (0.05, 'embed_cosine'),                   # tokens similar to the query: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
