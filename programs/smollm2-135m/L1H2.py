"""Mainly the previous token; otherwise recent tokens, periods and away from the last period.

head: L1H2
heldout_iou: 0.692
heldout_iou_no_bos: 0.691
name: L1H2
form: terms
terms: 13
origin: synthesized (search/terms)
target: L1H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.12, 'distance', 1),                    # the previous token: 56%
    (-1.72, 'log_distance'),                  # recent tokens: 50%
    (3.9, 'key_class', 'PERIOD'),             # periods: 14%
    (-1.99, 'last', 'PERIOD'),                # away from the last period: 11%
    (1.95, 'distance', 2),                    # the token 2 back: 8%
    (-1.44, 'key_distance', 'PERIOD', 2),     # away from the token 2 back when a period: 2%
    (1.21, 'key_class', 'COMMA'),             # commas: 2%
    (0.95, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 2%
    (1.24, 'query_distance', 'DET', 1),       # the previous token, from determiners: 1%
    (2.32, 'pair', 'NAME', 'PERIOD'),         # name -> period: 1%
    (1.29, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 1%
    (-0.72, 'distance', 3),                   # the token 3 back: 1%
    (-1.21, 'distance', 4),                   # the token 4 back: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
