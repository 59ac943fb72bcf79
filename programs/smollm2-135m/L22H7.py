"""Mostly a first-token sink; otherwise names, period -> name and content word -> first token.

head: L22H7
heldout_iou: 0.621
heldout_iou_no_bos: 0.288
name: L22H7
form: terms
terms: 4
origin: synthesized (search/terms)
target: L22H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.92, 'first'),                          # a first-token sink: 82%
    (1.96, 'key_class', 'NAME'),              # names: 4%
    (2.25, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (0.22, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
