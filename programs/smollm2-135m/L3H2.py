"""Mainly the token ' the'; otherwise a first-token sink and the previous token.

head: L3H2
heldout_iou: 0.538
heldout_iou_no_bos: 0.368
name: L3H2
form: terms
terms: 3
origin: synthesized (search/terms)
target: L3H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.91, 'key_token', ' the'),              # the token ' the': 49%
    (8.08, 'first'),                          # a first-token sink: 45%
    (4.95, 'distance', 1),                    # the previous token: 5%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
