"""Mostly a first-token sink; otherwise away from the query's own word, earlier copies of the query token and periods.

head: L12H8
heldout_iou: 0.628
heldout_iou_no_bos: 0.330
name: L12H8
form: terms
terms: 6
origin: synthesized (search/terms)
target: L12H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.44, 'first'),                          # a first-token sink: 76%
    (-1.61, 'same_word'),                     # away from the query's own word: 6%
    (2.93, 'same_token'),                     # earlier copies of the query token: 6%
    (1.97, 'key_class', 'PERIOD'),            # periods: 5%
    (0.63, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (0.64, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
