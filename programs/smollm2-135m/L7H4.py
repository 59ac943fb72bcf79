"""Mainly the token ' the'; otherwise a first-token sink, earlier copies of the query token and period -> period.

head: L7H4
heldout_iou: 0.560
heldout_iou_no_bos: 0.463
name: L7H4
form: terms
terms: 11
origin: synthesized (search/terms)
target: L7H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.76, 'key_token', ' the'),              # the token ' the': 38%
    (4.42, 'first'),                          # a first-token sink: 36%
    (1.77, 'same_token'),                     # earlier copies of the query token: 10%
    (2.58, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 3%
    (2.6, 'query_distance', 'PREP', 0),       # itself, from prepositions: 2%
    (0.32, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 1%
    (3.62, 'query_distance', 'TO', 0),        # itself, from 'to': 1%
    (2.89, 'query_distance', 'COMMA', 0),     # itself, from commas: 1%
    (2.52, 'query_distance', 'CONJ', 0),      # itself, from conjunctions: 1%
    (-0.22, 'key_class', 'CONTENT'),          # away from content words: 1%
    (0.11, 'same_word'),                      # the query's own word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
