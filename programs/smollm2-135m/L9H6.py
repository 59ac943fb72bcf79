"""Mainly a first-token sink; otherwise the token ' the', the previous token, from prepositions and away from determiners.

head: L9H6
heldout_iou: 0.545
heldout_iou_no_bos: 0.367
name: L9H6
form: terms
terms: 7
origin: synthesized (search/terms)
target: L9H6
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.39, 'first'),                          # a first-token sink: 45%
    (7.2, 'key_token', ' the'),               # the token ' the': 43%
    (6.4, 'query_distance', 'PREP', 1),       # the previous token, from prepositions: 4%
    (-0.34, 'key_class', 'DET'),              # away from determiners: 3%
    (2.0, 'last', 'CONTENT'),                 # the last content word: 2%
    (8.26, 'query_distance', 'TO', 1),        # the previous token, from 'to': 2%
    (5.96, 'query_distance', 'PREP', 0),      # itself, from prepositions: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
