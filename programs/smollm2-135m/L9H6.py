"""Mainly a first-token sink; otherwise the token ' the', away from the last determiner and the query's own sentence.

head: L9H6
heldout_iou: 0.542
heldout_iou_no_bos: 0.377
name: L9H6
form: terms
terms: 11
origin: synthesized (search/terms)
target: L9H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.62, 'first'),                          # a first-token sink: 45%
    (6.94, 'key_token', ' the'),              # the token ' the': 42%
    (-0.59, 'last', 'DET'),                   # away from the last determiner: 5%
    (0.48, 'same_sentence'),                  # the query's own sentence: 4%
    (6.35, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 3%
    (0.2, 'key_class', 'DET'),                # determiners: 2%
    (-3.39, 'last', 'NUMBER'),                # away from the last number: 2%
    (1.06, 'key_class', 'CONTENT'),           # content words: 2%
    (8.06, 'query_distance', 'TO', 1),        # the previous token, from 'to': 2%
    (4.92, 'key_class', 'NUMBER'),            # numbers: 1%
    (5.86, 'query_distance', 'PREP', 0),      # itself, from prepositions: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
