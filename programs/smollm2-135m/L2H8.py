"""Mainly the token ' the'; otherwise periods, recent tokens and commas.

head: L2H8
heldout_iou: 0.480
heldout_iou_no_bos: 0.474
name: L2H8
form: terms
terms: 16
origin: synthesized (search/terms)
target: L2H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.03, 'key_token', ' the'),              # the token ' the': 22%
    (2.66, 'key_class', 'PERIOD'),            # periods: 21%
    (-0.31, 'log_distance'),                  # recent tokens: 11%
    (2.43, 'key_class', 'COMMA'),             # commas: 9%
    (1.44, 'first'),                          # a first-token sink: 5%
    (-0.68, 'key_class', 'CONTENT'),          # away from content words: 5%
    (1.22, 'query_distance', 'CONTENT', 1),   # the previous token, from content words: 5%
    (1.9, 'key_token', ' and'),               # the token ' and': 4%
    (-0.3, 'last', 'PERIOD'),                 # away from the last period: 3%
    (2.56, 'key_distance', 'AUX', 1),         # the previous token when a auxiliary: 2%
    (3.67, 'key_distance', 'TO', 1),          # the previous token when a 'to': 1%
    (2.24, 'key_token', '\n'),                # the token '\n': 1%
    (-1.47, 'key_class', 'NAME'),             # away from names: 1%
    (2.57, 'key_distance', 'PRON_OBJ', 1),    # the previous token when a object pronoun: 1%
    (1.87, 'key_token', ' The'),              # the token ' The': 1%
    (0.49, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
