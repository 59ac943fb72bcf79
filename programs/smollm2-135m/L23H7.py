"""Mostly a first-token sink; otherwise content words, names and the token after an earlier copy of the query (induction).

head: L23H7
heldout_iou: 0.726
heldout_iou_no_bos: 0.310
name: L23H7
form: terms
terms: 7
origin: synthesized (search/terms)
target: L23H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.19, 'first'),                          # a first-token sink: 81%
    (2.28, 'key_class', 'CONTENT'),           # content words: 7%
    (3.33, 'key_class', 'NAME'),              # names: 6%
    (2.46, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (-1.74, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (0.45, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (1.61, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
