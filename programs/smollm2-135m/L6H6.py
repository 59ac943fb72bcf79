"""Mainly a first-token sink; otherwise the token ' the', earlier copies of the query token and period -> period.

head: L6H6
heldout_iou: 0.478
heldout_iou_no_bos: 0.416
name: L6H6
form: terms
terms: 5
origin: synthesized (search/terms)
target: L6H6
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.16, 'first'),                          # a first-token sink: 30%
    (3.09, 'key_token', ' the'),              # the token ' the': 25%
    (1.19, 'same_token'),                     # earlier copies of the query token: 6%
    (1.18, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (-0.75, 'key_class', 'NAME'),             # away from names: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
