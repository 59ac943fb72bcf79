"""Mostly a first-token sink; otherwise periods, away from the query's own word and earlier copies of the query token.

head: L12H8
heldout_iou: 0.629
heldout_iou_no_bos: 0.332
name: L12H8
form: terms
terms: 6
origin: synthesized (search/terms)
target: L12H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.48, 'first'),                          # a first-token sink: 77%
    (1.99, 'key_class', 'PERIOD'),            # periods: 6%
    (-1.65, 'same_word'),                     # away from the query's own word: 5%
    (2.68, 'same_token'),                     # earlier copies of the query token: 5%
    (0.31, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (0.66, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
