"""Mainly the token ' the'; otherwise a first-token sink, the token '.' and periods.

head: L3H3
heldout_iou: 0.579
heldout_iou_no_bos: 0.486
name: L3H3
form: terms
terms: 11
origin: synthesized (search/terms)
target: L3H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.27, 'key_token', ' the'),              # the token ' the': 41%
    (5.65, 'first'),                          # a first-token sink: 34%
    (2.22, 'key_token', '.'),                 # the token '.': 10%
    (1.82, 'key_class', 'PERIOD'),            # periods: 9%
    (-4.87, 'last', 'NUMBER'),                # away from the last number: 3%
    (0.55, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 2%
    (3.08, 'key_class', 'COMMA'),             # commas: 2%
    (1.45, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 2%
    (4.73, 'key_class', 'NUMBER'),            # numbers: 1%
    (3.91, 'key_token', '\n'),                # the token '\n': 1%
    (2.56, 'key_token', ' and'),              # the token ' and': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
