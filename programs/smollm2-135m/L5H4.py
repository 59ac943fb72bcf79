"""Mainly the token ' the'; otherwise a first-token sink, away from period -> first token and away from the last number.

head: L5H4
heldout_iou: 0.531
heldout_iou_no_bos: 0.389
name: L5H4
form: terms
terms: 11
origin: synthesized (search/terms)
target: L5H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.27, 'key_token', ' the'),              # the token ' the': 45%
    (6.31, 'first'),                          # a first-token sink: 41%
    (-4.71, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 5%
    (-4.16, 'last', 'NUMBER'),                # away from the last number: 4%
    (-5.78, 'pair', 'PERIOD', 'DET'),         # away from period -> determiner: 4%
    (0.87, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 3%
    (1.46, 'key_class', 'CONTENT'),           # content words: 2%
    (0.68, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (-1.51, 'pair', 'PERIOD', 'CONTENT'),     # away from period -> content word: 2%
    (5.38, 'key_class', 'NUMBER'),            # numbers: 2%
    (2.03, 'last', 'PERIOD'),                 # the last period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
