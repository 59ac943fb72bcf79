"""Mostly a first-token sink; otherwise recent tokens, periods and content words.

head: L19H0
heldout_iou: 0.730
heldout_iou_no_bos: 0.625
name: L19H0
form: terms
terms: 7
origin: synthesized (search/terms)
target: L19H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.39, 'first'),                          # a first-token sink: 56%
    (-0.44, 'log_distance'),                  # recent tokens: 11%
    (0.81, 'key_class', 'PERIOD'),            # periods: 3%
    (0.16, 'key_class', 'CONTENT'),           # content words: 2%
    (-0.41, 'key_class', 'DET'),              # away from determiners: 1%
    (-0.59, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (-0.05, 'same_sentence'),                 # away from the query's own sentence: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
