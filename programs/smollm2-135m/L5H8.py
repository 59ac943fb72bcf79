"""Mainly the token ' the'; otherwise a first-token sink, earlier copies of the query token and determiners.

head: L5H8
heldout_iou: 0.520
heldout_iou_no_bos: 0.358
name: L5H8
form: terms
terms: 4
origin: synthesized (search/terms)
target: L5H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.43, 'key_token', ' the'),              # the token ' the': 44%
    (6.14, 'first'),                          # a first-token sink: 44%
    (3.86, 'same_token'),                     # earlier copies of the query token: 7%
    (0.26, 'key_class', 'DET'),               # determiners: 3%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
