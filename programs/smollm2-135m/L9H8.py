"""Mainly a first-token sink; otherwise the token ' the', the query's own word and earlier copies of the query token.

head: L9H8
heldout_iou: 0.509
heldout_iou_no_bos: 0.443
name: L9H8
form: terms
terms: 14
origin: synthesized (search/terms)
target: L9H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.05, 'first'),                          # a first-token sink: 32%
    (3.88, 'key_token', ' the'),              # the token ' the': 29%
    (1.66, 'same_word'),                      # the query's own word: 13%
    (1.45, 'same_token'),                     # earlier copies of the query token: 13%
    (0.28, 'same_sentence'),                  # the query's own sentence: 5%
    (-2.61, 'query_distance', 'DET', 0),      # away from itself, from determiners: 3%
    (1.75, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 3%
    (0.75, 'distance', 1),                    # the previous token: 2%
    (0.14, 'embed_cosine'),                   # tokens similar to the query: 2%
    (-0.46, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 2%
    (2.91, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 1%
    (-0.16, 'key_class', 'CONTENT'),          # away from content words: 1%
    (0.55, 'distance', 2),                    # the token 2 back: 1%
    (-1.12, 'key_class', 'NAME'),             # away from names: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
