"""Mostly a first-token sink; otherwise content words, names and period -> name.

head: L24H2
heldout_iou: 0.811
heldout_iou_no_bos: 0.325
name: L24H2
form: terms
terms: 5
origin: synthesized (search/terms)
target: L24H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.14, 'first'),                          # a first-token sink: 89%
    (1.31, 'key_class', 'CONTENT'),           # content words: 2%
    (2.49, 'key_class', 'NAME'),              # names: 2%
    (2.96, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (2.24, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
