"""Mainly a first-token sink; otherwise the token ' the', away from the last number and away from period -> first token.

head: L7H5
heldout_iou: 0.579
heldout_iou_no_bos: 0.488
name: L7H5
form: terms
terms: 12
origin: synthesized (search/terms)
target: L7H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.85, 'first'),                          # a first-token sink: 36%
    (4.04, 'key_token', ' the'),              # the token ' the': 32%
    (-2.37, 'last', 'NUMBER'),                # away from the last number: 2%
    (-1.37, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (-1.94, 'pair', 'PERIOD', 'DET'),         # away from period -> determiner: 2%
    (0.46, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 2%
    (2.64, 'key_class', 'NUMBER'),            # numbers: 2%
    (-0.09, 'key_class', 'DET'),              # away from determiners: 1%
    (0.17, 'key_class', 'CONTENT'),           # content words: 1%
    (0.33, 'same_token'),                     # earlier copies of the query token: 1%
    (0.03, 'log_distance'),                   # distant tokens: 1%
    (3.34, 'pair', 'NEWLINE', 'NEWLINE'),     # newline -> newline: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
