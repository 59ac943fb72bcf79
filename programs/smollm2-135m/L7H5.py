"""Mainly a first-token sink; otherwise the token ' the', away from the last number and away from period -> first token.

head: L7H5
heldout_iou: 0.579
heldout_iou_no_bos: 0.484
name: L7H5
form: terms
terms: 12
origin: synthesized (search/terms)
target: L7H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.99, 'first'),                          # a first-token sink: 37%
    (4.21, 'key_token', ' the'),              # the token ' the': 33%
    (-2.6, 'last', 'NUMBER'),                 # away from the last number: 3%
    (-1.53, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (3.08, 'key_class', 'NUMBER'),            # numbers: 2%
    (-0.14, 'key_class', 'DET'),              # away from determiners: 2%
    (-1.94, 'pair', 'PERIOD', 'DET'),         # away from period -> determiner: 2%
    (0.45, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 2%
    (0.19, 'key_class', 'CONTENT'),           # content words: 1%
    (0.37, 'same_token'),                     # earlier copies of the query token: 1%
    (1.17, 'key_token', ' \n'),               # the token ' \n': 1%
    (2.72, 'pair', 'NEWLINE', 'NEWLINE'),     # newline -> newline: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
