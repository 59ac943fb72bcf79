"""Mainly a first-token sink; otherwise the token ' the', earlier copies of the query token and the token itself.

head: L7H4
heldout_iou: 0.541
heldout_iou_no_bos: 0.458
name: L7H4
form: terms
terms: 15
origin: synthesized (search/terms)
target: L7H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.06, 'first'),                          # a first-token sink: 35%
    (4.18, 'key_token', ' the'),              # the token ' the': 33%
    (1.7, 'same_token'),                      # earlier copies of the query token: 11%
    (0.94, 'distance', 0),                    # the token itself: 6%
    (1.0, 'after', 'CONTENT', 'PREP'),        # content word -> the token after a preposition: 3%
    (1.8, 'pair', 'PERIOD', 'PERIOD'),        # period -> period: 2%
    (-1.29, 'key_class', 'NAME'),             # away from names: 2%
    (2.15, 'query_distance', 'TO', 0),        # itself, from 'to': 1%
    (-1.23, 'query_distance', 'DET', 0),      # away from itself, from determiners: 1%
    (-0.51, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 1%
    (0.75, 'query_distance', 'PREP', 0),      # itself, from prepositions: 1%
    (0.54, 'pair', 'PREP', 'PREP'),           # preposition -> preposition: 1%
    (0.87, 'pair', 'TO', 'TO'),               # 'to' -> 'to': 1%
    (-0.28, 'last', 'CONTENT'),               # away from the last content word: 1%
    (0.35, 'last', 'PREP'),                   # the last preposition: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
