"""Mainly the token ' the'; otherwise a first-token sink, away from the last determiner and away from the last number.

head: L6H2
heldout_iou: 0.510
heldout_iou_no_bos: 0.400
name: L6H2
form: terms
terms: 12
origin: synthesized (search/terms)
target: L6H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.67, 'key_token', ' the'),              # the token ' the': 47%
    (6.31, 'first'),                          # a first-token sink: 38%
    (-0.87, 'last', 'DET'),                   # away from the last determiner: 7%
    (-5.82, 'last', 'NUMBER'),                # away from the last number: 6%
    (-5.36, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 6%
    (0.72, 'same_sentence'),                  # the query's own sentence: 4%
    (-7.63, 'pair', 'PERIOD', 'DET'),         # away from period -> determiner: 4%
    (1.14, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 4%
    (5.89, 'key_class', 'NUMBER'),            # numbers: 2%
    (-1.84, 'pair', 'PERIOD', 'CONTENT'),     # away from period -> content word: 2%
    (0.57, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (5.32, 'pair', 'NEWLINE', 'PERIOD'),      # newline -> period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
