"""Mainly the token ' the'; otherwise a first-token sink, periods and the token '.'.

head: L3H3
heldout_iou: 0.569
heldout_iou_no_bos: 0.474
name: L3H3
form: terms
terms: 11
origin: synthesized (search/terms)
target: L3H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.05, 'key_token', ' the'),              # the token ' the': 42%
    (5.27, 'first'),                          # a first-token sink: 35%
    (1.89, 'key_class', 'PERIOD'),            # periods: 8%
    (1.74, 'key_token', '.'),                 # the token '.': 8%
    (1.31, 'same_token'),                     # earlier copies of the query token: 3%
    (-5.04, 'last', 'NUMBER'),                # away from the last number: 3%
    (0.1, 'log_distance'),                    # distant tokens: 3%
    (2.68, 'key_class', 'COMMA'),             # commas: 2%
    (4.4, 'key_class', 'NUMBER'),             # numbers: 1%
    (3.42, 'key_token', '\n'),                # the token '\n': 1%
    (2.34, 'key_token', ' and'),              # the token ' and': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
