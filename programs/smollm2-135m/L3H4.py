"""Mainly a first-token sink; otherwise the token ' the', periods and determiners.

head: L3H4
heldout_iou: 0.531
heldout_iou_no_bos: 0.385
name: L3H4
form: terms
terms: 4
origin: synthesized (search/terms)
target: L3H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.28, 'first'),                          # a first-token sink: 43%
    (6.4, 'key_token', ' the'),               # the token ' the': 43%
    (3.97, 'key_class', 'PERIOD'),            # periods: 7%
    (0.38, 'key_class', 'DET'),               # determiners: 5%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
