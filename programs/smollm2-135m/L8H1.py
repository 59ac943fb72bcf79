"""Mainly the token ' the'; otherwise a first-token sink, earlier copies of the query token and away from tokens similar to the query.

head: L8H1
heldout_iou: 0.512
heldout_iou_no_bos: 0.389
name: L8H1
form: terms
terms: 4
origin: synthesized (search/terms)
target: L8H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.89, 'key_token', ' the'),              # the token ' the': 43%
    (5.34, 'first'),                          # a first-token sink: 40%
    (3.57, 'same_token'),                     # earlier copies of the query token: 10%
    (-0.06, 'embed_cosine'),                  # away from tokens similar to the query: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
