"""Mainly the token ' the'; otherwise a first-token sink and earlier copies of the query token.

head: L8H1
heldout_iou: 0.513
heldout_iou_no_bos: 0.389
name: L8H1
form: terms
terms: 3
origin: synthesized (search/terms)
target: L8H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.96, 'key_token', ' the'),              # the token ' the': 43%
    (5.44, 'first'),                          # a first-token sink: 41%
    (3.61, 'same_token'),                     # earlier copies of the query token: 10%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
