"""Mostly a first-token sink; otherwise content words, names and period -> name.

head: L23H7
heldout_iou: 0.728
heldout_iou_no_bos: 0.306
name: L23H7
form: terms
terms: 5
origin: synthesized (search/terms)
target: L23H7
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.96, 'first'),                          # a first-token sink: 87%
    (2.67, 'key_class', 'CONTENT'),           # content words: 5%
    (3.92, 'key_class', 'NAME'),              # names: 4%
    (3.36, 'pair', 'PERIOD', 'NAME'),         # period -> name: 2%
    (2.55, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
