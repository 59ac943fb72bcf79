"""Mainly the token ' the'; otherwise a first-token sink, the previous token and the previous token, from prepositions.

head: L9H6
heldout_iou: 0.535
heldout_iou_no_bos: 0.392
name: L9H6
form: terms
terms: 13
origin: synthesized (search/terms)
target: L9H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.64, 'key_token', ' the'),              # the token ' the': 41%
    (5.1, 'first'),                           # a first-token sink: 40%
    (1.58, 'distance', 1),                    # the previous token: 5%
    (4.53, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 3%
    (5.43, 'query_distance', 'TO', 1),        # the previous token, from 'to': 2%
    (0.2, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 1%
    (0.42, 'same_word'),                      # the query's own word: 1%
    (0.47, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 1%
    (0.36, 'same_token'),                     # earlier copies of the query token: 1%
    (1.73, 'pair', 'PREP', 'PREP'),           # preposition -> preposition: 1%
    (0.32, 'distance', 0),                    # the token itself: 1%
    (2.08, 'query_distance', 'PREP', 0),      # itself, from prepositions: 1%
    (1.58, 'key_class', 'NUMBER'),            # numbers: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
