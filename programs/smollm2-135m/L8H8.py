"""Mainly a first-token sink; otherwise the token ' the', periods and the last comma.

head: L8H8
heldout_iou: 0.537
heldout_iou_no_bos: 0.475
name: L8H8
form: terms
terms: 4
origin: synthesized (search/terms)
target: L8H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.87, 'first'),                          # a first-token sink: 26%
    (3.0, 'key_token', ' the'),               # the token ' the': 24%
    (1.12, 'key_class', 'PERIOD'),            # periods: 5%
    (1.02, 'last', 'COMMA'),                  # the last comma: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
