"""Mostly a first-token sink; otherwise periods, content word -> period and content word -> first token.

head: L20H4
heldout_iou: 0.818
heldout_iou_no_bos: 0.401
name: L20H4
form: terms
terms: 4
origin: synthesized (search/terms)
target: L20H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.0, 'first'),                           # a first-token sink: 83%
    (1.78, 'key_class', 'PERIOD'),            # periods: 3%
    (1.28, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 2%
    (0.28, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
