"""Mainly periods; otherwise a first-token sink, the token ' the' and commas.

head: L2H3
heldout_iou: 0.469
heldout_iou_no_bos: 0.447
name: L2H3
form: terms
terms: 16
origin: synthesized (search/terms)
target: L2H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.74, 'key_class', 'PERIOD'),            # periods: 22%
    (2.52, 'first'),                          # a first-token sink: 14%
    (2.48, 'key_token', ' the'),              # the token ' the': 14%
    (1.48, 'key_class', 'COMMA'),             # commas: 6%
    (1.18, 'distance', 1),                    # the previous token: 6%
    (0.88, 'key_token', ','),                 # the token ',': 4%
    (1.87, 'key_token', ' and'),              # the token ' and': 3%
    (0.9, 'same_word'),                       # the query's own word: 3%
    (1.52, 'key_token', ' in'),               # the token ' in': 2%
    (-1.34, 'key_distance', 'PERIOD', 1),     # away from the previous token when a period: 2%
    (1.17, 'pair', 'PERIOD', 'DET'),          # period -> determiner: 1%
    (1.75, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 1%
    (-1.32, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
    (-1.41, 'key_class', 'NAME'),             # away from names: 1%
    (2.8, 'query_distance', 'TO', 1),         # the previous token, from 'to': 1%
    (0.16, 'distance', 2),                    # the token 2 back: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
