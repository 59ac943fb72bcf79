"""Mainly the token ' the'; otherwise a first-token sink, away from the last determiner and the query's own sentence.

head: L4H8
heldout_iou: 0.455
heldout_iou_no_bos: 0.358
name: L4H8
form: terms
terms: 10
origin: synthesized (search/terms)
target: L4H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.99, 'key_token', ' the'),              # the token ' the': 44%
    (4.72, 'first'),                          # a first-token sink: 37%
    (-1.12, 'last', 'DET'),                   # away from the last determiner: 9%
    (1.0, 'same_sentence'),                   # the query's own sentence: 7%
    (5.31, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 4%
    (0.87, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 3%
    (-2.56, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 3%
    (0.75, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (-2.21, 'pair', 'PERIOD', 'DET'),         # away from period -> determiner: 2%
    (3.78, 'pair', 'CONJ', 'PERIOD'),         # conjunction -> period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
