"""Mainly the token ' the'; otherwise a first-token sink, the previous token and the previous token, from content words.

head: L7H6
heldout_iou: 0.454
heldout_iou_no_bos: 0.393
name: L7H6
form: terms
terms: 13
origin: synthesized (search/terms)
target: L7H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.54, 'key_token', ' the'),              # the token ' the': 34%
    (5.37, 'first'),                          # a first-token sink: 31%
    (4.34, 'distance', 1),                    # the previous token: 20%
    (2.29, 'query_distance', 'CONTENT', 1),   # the previous token, from content words: 10%
    (-1.93, 'key_distance', 'CONTENT', 1),    # away from the previous token when a content word: 7%
    (0.34, 'same_sentence'),                  # the query's own sentence: 4%
    (1.14, 'distance', 2),                    # the token 2 back: 3%
    (3.1, 'query_distance', 'CONTENT', 2),    # the token 2 back, from content words: 3%
    (1.89, 'same_token'),                     # earlier copies of the query token: 2%
    (-2.44, 'key_class', 'NAME'),             # away from names: 1%
    (-1.22, 'key_class', 'PREP'),             # away from prepositions: 1%
    (-1.89, 'after', 'PERIOD', 'CONTENT'),    # away from period -> the token after a content word: 1%
    (1.37, 'key_class', 'NUMBER'),            # numbers: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
