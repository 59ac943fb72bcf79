"""Mostly a first-token sink; otherwise content words, periods and names.

head: L22H4
heldout_iou: 0.595
heldout_iou_no_bos: 0.350
name: L22H4
form: terms
terms: 10
origin: synthesized (search/terms)
target: L22H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.05, 'first'),                          # a first-token sink: 69%
    (0.51, 'key_class', 'CONTENT'),           # content words: 3%
    (1.26, 'key_class', 'PERIOD'),            # periods: 3%
    (1.29, 'key_class', 'NAME'),              # names: 2%
    (0.93, 'same_token'),                     # earlier copies of the query token: 2%
    (-1.08, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (1.51, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (2.12, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (0.14, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (2.04, 'key_token', ' mother'),           # the token ' mother': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
