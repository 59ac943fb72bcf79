"""Mainly a first-token sink; otherwise the token ' the', the query's own word and earlier copies of the query token.

head: L9H8
heldout_iou: 0.516
heldout_iou_no_bos: 0.452
name: L9H8
form: terms
terms: 14
origin: synthesized (search/terms)
target: L9H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.97, 'first'),                          # a first-token sink: 33%
    (3.91, 'key_token', ' the'),              # the token ' the': 27%
    (1.86, 'same_word'),                      # the query's own word: 15%
    (1.59, 'same_token'),                     # earlier copies of the query token: 15%
    (-0.59, 'last', 'DET'),                   # away from the last determiner: 4%
    (1.29, 'distance', 1),                    # the previous token: 4%
    (0.56, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 4%
    (1.71, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 3%
    (0.68, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 3%
    (-1.69, 'query_distance', 'DET', 0),      # away from itself, from determiners: 2%
    (2.93, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 2%
    (0.95, 'distance', 2),                    # the token 2 back: 2%
    (-1.22, 'key_class', 'NAME'),             # away from names: 1%
    (0.54, 'distance', 3),                    # the token 3 back: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
