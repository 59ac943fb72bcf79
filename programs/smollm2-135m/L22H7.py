"""Mostly a first-token sink; otherwise content words, names and content word -> first token.

head: L22H7
heldout_iou: 0.631
heldout_iou_no_bos: 0.311
name: L22H7
form: terms
terms: 7
origin: synthesized (search/terms)
target: L22H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.82, 'first'),                          # a first-token sink: 80%
    (0.92, 'key_class', 'CONTENT'),           # content words: 4%
    (1.83, 'key_class', 'NAME'),              # names: 3%
    (0.65, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (3.18, 'pair', 'PERIOD', 'NAME'),         # period -> name: 2%
    (0.59, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (1.68, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
