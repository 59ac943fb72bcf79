"""Mostly a first-token sink; otherwise names, away from period -> first token and period -> name.

head: L24H2
heldout_iou: 0.808
heldout_iou_no_bos: 0.319
name: L24H2
form: terms
terms: 6
origin: synthesized (search/terms)
target: L24H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.96, 'first'),                          # a first-token sink: 86%
    (1.95, 'key_class', 'NAME'),              # names: 2%
    (-1.55, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (1.91, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (1.11, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (2.18, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
