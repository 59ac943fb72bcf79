"""Mainly recent tokens; otherwise periods, determiners and commas.

head: L1H6
heldout_iou: 0.529
heldout_iou_no_bos: 0.532
name: L1H6
form: terms
terms: 15
origin: synthesized (search/terms)
target: L1H6
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.69, 'log_distance'),                  # recent tokens: 25%
    (2.39, 'key_class', 'PERIOD'),            # periods: 20%
    (1.17, 'key_class', 'DET'),               # determiners: 8%
    (2.17, 'key_class', 'COMMA'),             # commas: 7%
    (1.39, 'last', 'PREP'),                   # the last preposition: 5%
    (0.46, 'distance', 1),                    # the previous token: 5%
    (1.92, 'key_class', 'TO'),                # 'to': 5%
    (3.6, 'query_distance', 'PREP', 1),       # the previous token, from prepositions: 4%
    (1.91, 'key_token', ' and'),              # the token ' and': 4%
    (-0.4, 'key_class', 'CONTENT'),           # away from content words: 4%
    (-1.24, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 2%
    (0.27, 'distance', 2),                    # the token 2 back: 2%
    (2.26, 'key_token', '\n'),                # the token '\n': 2%
    (3.9, 'query_distance', 'TO', 1),         # the previous token, from 'to': 2%
    (1.6, 'key_class', 'QUOTE'),              # quotation marks: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
