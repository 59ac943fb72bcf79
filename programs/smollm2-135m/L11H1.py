"""Mostly the previous token; otherwise recent tokens, the token 2 back and period -> period.

head: L11H1
heldout_iou: 0.700
heldout_iou_no_bos: 0.701
name: L11H1
form: terms
terms: 10
origin: synthesized (search/terms)
target: L11H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.58, 'distance', 1),                    # the previous token: 64%
    (-2.47, 'log_distance'),                  # recent tokens: 39%
    (2.66, 'distance', 2),                    # the token 2 back: 12%
    (1.2, 'pair', 'PERIOD', 'PERIOD'),        # period -> period: 2%
    (-0.4, 'key_class', 'DET'),               # away from determiners: 1%
    (0.24, 'key_class', 'PERIOD'),            # periods: 1%
    (0.21, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 1%
    (0.71, 'query_distance', 'DET', 2),       # the token 2 back, from determiners: 1%
    (-2.36, 'pair', 'NAME', 'NAME'),          # away from name -> name: 1%
    (-3.27, 'pair', 'NEWLINE', 'NEWLINE'),    # away from newline -> newline: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
