"""Mainly the token ' the'; otherwise earlier copies of the query token, recent tokens and away from the last determiner.

head: L10H3
heldout_iou: 0.440
heldout_iou_no_bos: 0.441
name: L10H3
form: terms
terms: 16
origin: synthesized (search/terms)
target: L10H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.37, 'key_token', ' the'),              # the token ' the': 31%
    (1.83, 'same_token'),                     # earlier copies of the query token: 24%
    (-0.51, 'log_distance'),                  # recent tokens: 23%
    (-1.52, 'last', 'DET'),                   # away from the last determiner: 13%
    (0.47, 'same_sentence'),                  # the query's own sentence: 9%
    (2.83, 'first'),                          # a first-token sink: 9%
    (0.35, 'embed_cosine'),                   # tokens similar to the query: 6%
    (-0.28, 'same_word'),                     # away from the query's own word: 5%
    (0.71, 'query_distance', 'CONTENT', 0),   # itself, from content words: 5%
    (0.89, 'distance', 1),                    # the previous token: 4%
    (1.05, 'key_class', 'PERIOD'),            # periods: 4%
    (0.76, 'distance', 2),                    # the token 2 back: 3%
    (-0.11, 'distance', 0),                   # the token itself: 2%
    (0.14, 'last', 'CONTENT'),                # the last content word: 1%
    (-0.09, 'pair', 'CONTENT', 'CONTENT'),    # away from content word -> content word: 1%
    (0.7, 'query_distance', 'NAME', 0),       # itself, from names: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
