"""Mostly a first-token sink; otherwise the token after an earlier copy of the query (induction), away from content word -> first token and period -> the token after a period.

head: L17H5
heldout_iou: 0.699
heldout_iou_no_bos: 0.285
name: L17H5
form: terms
terms: 4
origin: synthesized (search/terms)
target: L17H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.4, 'first'),                           # a first-token sink: 84%
    (6.86, 'induction'),                      # the token after an earlier copy of the query (induction): 10%
    (-1.23, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 2%
    (1.05, 'after', 'PERIOD', 'PERIOD'),      # period -> the token after a period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
