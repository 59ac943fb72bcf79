"""Mostly a first-token sink; otherwise content words, names and earlier copies of the query token.

head: L29H8
heldout_iou: 0.655
heldout_iou_no_bos: 0.430
name: L29H8
form: terms
terms: 7
origin: synthesized (search/terms)
target: L29H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.78, 'first'),                          # a first-token sink: 67%
    (0.63, 'key_class', 'CONTENT'),           # content words: 5%
    (1.42, 'key_class', 'NAME'),              # names: 3%
    (0.92, 'same_token'),                     # earlier copies of the query token: 2%
    (0.87, 'key_class', 'PERIOD'),            # periods: 2%
    (1.87, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (0.44, 'word_start'),                     # word starts: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
