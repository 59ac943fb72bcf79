"""Mostly a first-token sink; otherwise content words, names and content word -> first token.

head: L23H4
heldout_iou: 0.658
heldout_iou_no_bos: 0.359
name: L23H4
form: terms
terms: 8
origin: synthesized (search/terms)
target: L23H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.95, 'first'),                          # a first-token sink: 76%
    (1.33, 'key_class', 'CONTENT'),           # content words: 5%
    (2.9, 'key_class', 'NAME'),               # names: 5%
    (0.57, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (1.73, 'key_class', 'PERIOD'),            # periods: 2%
    (-1.19, 'pair', 'DET', 'BOS'),            # away from determiner -> first token: 2%
    (2.26, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (1.13, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
