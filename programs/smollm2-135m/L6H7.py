"""Mainly a first-token sink; otherwise the token ' the', the query's own sentence and the previous token.

head: L6H7
heldout_iou: 0.496
heldout_iou_no_bos: 0.439
name: L6H7
form: terms
terms: 15
origin: synthesized (search/terms)
target: L6H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.0, 'first'),                           # a first-token sink: 32%
    (3.77, 'key_token', ' the'),              # the token ' the': 26%
    (0.6, 'same_sentence'),                   # the query's own sentence: 11%
    (1.81, 'distance', 1),                    # the previous token: 8%
    (0.86, 'same_word'),                      # the query's own word: 5%
    (0.62, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 4%
    (0.32, 'same_token'),                     # earlier copies of the query token: 2%
    (-1.8, 'key_distance', 'DET', 1),         # away from the previous token when a determiner: 2%
    (0.63, 'query_distance', 'CONTENT', 0),   # itself, from content words: 2%
    (0.49, 'distance', 2),                    # the token 2 back: 2%
    (0.43, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 1%
    (1.2, 'key_distance', 'CONTENT', 3),      # the token 3 back when a content word: 1%
    (0.5, 'query_distance', 'CONTENT', 2),    # the token 2 back, from content words: 1%
    (0.11, 'distance', 0),                    # the token itself: 1%
    (0.57, 'key_distance', 'CONTENT', 2),     # the token 2 back when a content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
