"""Mainly the token ' the'; otherwise a first-token sink, away from the last determiner and the query's own sentence.

head: L6H2
heldout_iou: 0.514
heldout_iou_no_bos: 0.406
name: L6H2
form: terms
terms: 13
origin: synthesized (search/terms)
target: L6H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.2, 'key_token', ' the'),               # the token ' the': 46%
    (4.68, 'first'),                          # a first-token sink: 35%
    (-1.38, 'last', 'DET'),                   # away from the last determiner: 8%
    (0.83, 'same_sentence'),                  # the query's own sentence: 6%
    (2.07, 'after', 'CONTENT', 'TO'),         # content word -> the token after a 'to': 4%
    (1.08, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 4%
    (-3.6, 'pair', 'PERIOD', 'BOS'),          # away from period -> first token: 3%
    (-4.37, 'pair', 'PERIOD', 'DET'),         # away from period -> determiner: 3%
    (1.28, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 3%
    (-2.02, 'pair', 'CONJ', 'DET'),           # away from conjunction -> determiner: 1%
    (-2.76, 'key_class', 'NAME'),             # away from names: 1%
    (-2.19, 'pair', 'COMMA', 'DET'),          # away from comma -> determiner: 1%
    (1.33, 'key_class', 'NUMBER'),            # numbers: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
