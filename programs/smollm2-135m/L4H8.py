"""Mainly the token ' the'; otherwise a first-token sink, the query's own sentence and away from the last determiner.

head: L4H8
heldout_iou: 0.449
heldout_iou_no_bos: 0.359
name: L4H8
form: terms
terms: 14
origin: synthesized (search/terms)
target: L4H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.2, 'key_token', ' the'),               # the token ' the': 42%
    (3.99, 'first'),                          # a first-token sink: 31%
    (1.42, 'same_sentence'),                  # the query's own sentence: 15%
    (-1.32, 'last', 'DET'),                   # away from the last determiner: 9%
    (1.42, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 6%
    (1.99, 'after', 'CONTENT', 'TO'),         # content word -> the token after a 'to': 4%
    (1.42, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 4%
    (-2.22, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 2%
    (4.26, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 2%
    (-2.33, 'pair', 'PERIOD', 'DET'),         # away from period -> determiner: 2%
    (-1.96, 'key_class', 'NAME'),             # away from names: 1%
    (1.29, 'key_class', 'NUMBER'),            # numbers: 1%
    (-2.27, 'pair', 'COMMA', 'DET'),          # away from comma -> determiner: 1%
    (2.29, 'after', 'COMMA', 'PERIOD'),       # comma -> the token after a period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
