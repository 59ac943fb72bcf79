"""Mostly a first-token sink; otherwise content words, names and content word -> first token.

head: L22H4
heldout_iou: 0.584
heldout_iou_no_bos: 0.325
name: L22H4
form: terms
terms: 8
origin: synthesized (search/terms)
target: L22H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.06, 'first'),                          # a first-token sink: 68%
    (0.86, 'key_class', 'CONTENT'),           # content words: 7%
    (1.59, 'key_class', 'NAME'),              # names: 5%
    (0.57, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (-1.69, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (1.73, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (1.68, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (0.31, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
