"""Mainly the token ' the'; otherwise a first-token sink, distant tokens and earlier copies of the query token.

head: L7H7
heldout_iou: 0.565
heldout_iou_no_bos: 0.470
name: L7H7
form: terms
terms: 6
origin: synthesized (search/terms)
target: L7H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (11.09, 'key_token', ' the'),             # the token ' the': 49%
    (9.79, 'first'),                          # a first-token sink: 47%
    (0.43, 'log_distance'),                   # distant tokens: 9%
    (6.66, 'same_token'),                     # earlier copies of the query token: 4%
    (1.92, 'key_class', 'CONTENT'),           # content words: 1%
    (0.25, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
