"""Mainly the token ' the'; otherwise a first-token sink, the token '.' and periods.

head: L3H3
heldout_iou: 0.564
heldout_iou_no_bos: 0.468
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
    (5.41, 'key_token', ' the'),              # the token ' the': 40%
    (4.66, 'first'),                          # a first-token sink: 35%
    (1.67, 'key_token', '.'),                 # the token '.': 7%
    (1.42, 'key_class', 'PERIOD'),            # periods: 7%
    (0.91, 'same_token'),                     # earlier copies of the query token: 3%
    (0.97, 'key_class', 'COMMA'),             # commas: 1%
    (0.97, 'key_token', ','),                 # the token ',': 1%
    (1.19, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (0.58, 'last', 'COMMA'),                  # the last comma: 1%
    (-2.64, 'key_class', 'NAME'),             # away from names: 1%
    (0.93, 'key_token', ' and'),              # the token ' and': 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
