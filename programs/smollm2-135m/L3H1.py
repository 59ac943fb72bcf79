"""Mainly the token ' the'; otherwise a first-token sink, content word -> the token after a 'to' and content word -> the token after a preposition.

head: L3H1
heldout_iou: 0.535
heldout_iou_no_bos: 0.383
name: L3H1
form: terms
terms: 12
origin: synthesized (search/terms)
target: L3H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.77, 'key_token', ' the'),              # the token ' the': 45%
    (5.37, 'first'),                          # a first-token sink: 41%
    (2.09, 'after', 'CONTENT', 'TO'),         # content word -> the token after a 'to': 4%
    (1.67, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 4%
    (2.31, 'distance', 1),                    # the previous token: 3%
    (0.82, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (1.76, 'distance', 2),                    # the token 2 back: 2%
    (1.54, 'same_token'),                     # earlier copies of the query token: 2%
    (2.05, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (0.73, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 1%
    (-2.35, 'key_class', 'NAME'),             # away from names: 1%
    (1.69, 'key_class', 'NUMBER'),            # numbers: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
