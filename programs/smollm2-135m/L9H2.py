"""Mostly a first-token sink; otherwise the token ' the', earlier copies of the query token and content word -> content word.

head: L9H2
heldout_iou: 0.432
heldout_iou_no_bos: 0.337
name: L9H2
form: terms
terms: 4
origin: synthesized (search/terms)
target: L9H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.21, 'first'),                          # a first-token sink: 33%
    (2.93, 'key_token', ' the'),              # the token ' the': 23%
    (0.43, 'same_token'),                     # earlier copies of the query token: 2%
    (0.27, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
