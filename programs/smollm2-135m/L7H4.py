"""Mainly the token ' the'; otherwise a first-token sink, earlier copies of the query token and away from the last number.

head: L7H4
heldout_iou: 0.552
heldout_iou_no_bos: 0.459
name: L7H4
form: terms
terms: 11
origin: synthesized (search/terms)
target: L7H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.69, 'key_token', ' the'),              # the token ' the': 37%
    (4.35, 'first'),                          # a first-token sink: 35%
    (1.51, 'same_token'),                     # earlier copies of the query token: 8%
    (-3.6, 'last', 'NUMBER'),                 # away from the last number: 4%
    (2.55, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 2%
    (3.66, 'key_class', 'NUMBER'),            # numbers: 2%
    (2.84, 'query_distance', 'PREP', 0),      # itself, from prepositions: 2%
    (0.44, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 2%
    (3.7, 'query_distance', 'TO', 0),         # itself, from 'to': 1%
    (2.89, 'query_distance', 'COMMA', 0),     # itself, from commas: 1%
    (2.5, 'query_distance', 'CONJ', 0),       # itself, from conjunctions: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
