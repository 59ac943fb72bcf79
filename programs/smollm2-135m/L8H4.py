"""Mainly the token ' the'; otherwise a first-token sink, determiners and period -> period.

head: L8H4
heldout_iou: 0.536
heldout_iou_no_bos: 0.362
name: L8H4
form: terms
terms: 4
origin: synthesized (search/terms)
target: L8H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.86, 'key_token', ' the'),              # the token ' the': 48%
    (7.51, 'first'),                          # a first-token sink: 45%
    (0.4, 'key_class', 'DET'),                # determiners: 4%
    (5.28, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
