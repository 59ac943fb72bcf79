"""Mostly a first-token sink; otherwise earlier copies of the query token, content word -> first token and content word -> content word.

head: L15H6
heldout_iou: 0.722
heldout_iou_no_bos: 0.312
name: L15H6
form: terms
terms: 4
origin: synthesized (search/terms)
target: L15H6
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.78, 'first'),                          # a first-token sink: 89%
    (3.36, 'same_token'),                     # earlier copies of the query token: 4%
    (0.49, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (0.68, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
