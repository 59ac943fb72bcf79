"""Mainly a first-token sink; otherwise the token ' the', earlier copies of the query token and the query's own word.

head: L6H8
heldout_iou: 0.553
heldout_iou_no_bos: 0.493
name: L6H8
form: terms
terms: 14
origin: synthesized (search/terms)
target: L6H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.25, 'first'),                          # a first-token sink: 34%
    (3.76, 'key_token', ' the'),              # the token ' the': 28%
    (2.09, 'same_token'),                     # earlier copies of the query token: 17%
    (1.04, 'same_word'),                      # the query's own word: 11%
    (-0.16, 'log_distance'),                  # recent tokens: 7%
    (-0.63, 'last', 'DET'),                   # away from the last determiner: 5%
    (0.35, 'key_class', 'DET'),               # determiners: 5%
    (0.18, 'same_sentence'),                  # the query's own sentence: 3%
    (0.39, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (0.52, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 2%
    (-0.1, 'distance', 0),                    # the token itself: 2%
    (0.08, 'embed_cosine'),                   # tokens similar to the query: 1%
    (0.56, 'distance', 1),                    # the previous token: 1%
    (-0.23, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
