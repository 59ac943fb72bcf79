"""Mostly a first-token sink; otherwise recent tokens, periods and content word -> first token.

head: L25H0
heldout_iou: 0.556
heldout_iou_no_bos: 0.421
name: L25H0
form: terms
terms: 6
origin: synthesized (search/terms)
target: L25H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.07, 'first'),                          # a first-token sink: 64%
    (-0.71, 'log_distance'),                  # recent tokens: 15%
    (1.12, 'key_class', 'PERIOD'),            # periods: 4%
    (0.47, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (-1.77, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 3%
    (0.94, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
