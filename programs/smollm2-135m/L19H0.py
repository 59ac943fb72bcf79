"""Mostly a first-token sink; otherwise recent tokens, periods and name -> first token.

head: L19H0
heldout_iou: 0.731
heldout_iou_no_bos: 0.625
name: L19H0
form: terms
terms: 8
origin: synthesized (search/terms)
target: L19H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.07, 'first'),                          # a first-token sink: 56%
    (-0.3, 'log_distance'),                   # recent tokens: 7%
    (0.69, 'key_class', 'PERIOD'),            # periods: 2%
    (0.66, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (0.12, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (-0.25, 'key_class', 'DET'),              # away from determiners: 1%
    (-0.5, 'pair', 'PERIOD', 'BOS'),          # away from period -> first token: 1%
    (-0.25, 'last', 'PERIOD'),                # away from the last period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
