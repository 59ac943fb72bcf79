"""Mostly a first-token sink; otherwise recent tokens, periods and away from period -> first token.

head: L25H0
heldout_iou: 0.556
heldout_iou_no_bos: 0.422
name: L25H0
form: terms
terms: 6
origin: synthesized (search/terms)
target: L25H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.08, 'first'),                          # a first-token sink: 64%
    (-0.69, 'log_distance'),                  # recent tokens: 14%
    (1.02, 'key_class', 'PERIOD'),            # periods: 4%
    (-1.66, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (0.39, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (0.98, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
