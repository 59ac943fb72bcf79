"""Mainly the token ' the'; otherwise a first-token sink, away from the last determiner and the query's own sentence.

head: L4H8
heldout_iou: 0.453
heldout_iou_no_bos: 0.357
name: L4H8
form: terms
terms: 9
origin: synthesized (search/terms)
target: L4H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.95, 'key_token', ' the'),              # the token ' the': 44%
    (4.93, 'first'),                          # a first-token sink: 39%
    (-0.82, 'last', 'DET'),                   # away from the last determiner: 7%
    (0.8, 'same_sentence'),                   # the query's own sentence: 6%
    (5.35, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 4%
    (-3.0, 'query_distance', 'PERIOD', 0),    # away from itself, from periods: 3%
    (-2.05, 'pair', 'PERIOD', 'DET'),         # away from period -> determiner: 2%
    (0.43, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 2%
    (-0.32, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
