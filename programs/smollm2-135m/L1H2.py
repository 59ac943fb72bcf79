"""Mainly the previous token; otherwise recent tokens, periods and away from the last period.

head: L1H2
heldout_iou: 0.681
heldout_iou_no_bos: 0.680
name: L1H2
form: terms
terms: 14
origin: synthesized (search/terms)
target: L1H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.13, 'distance', 1),                    # the previous token: 55%
    (-1.36, 'log_distance'),                  # recent tokens: 43%
    (3.65, 'key_class', 'PERIOD'),            # periods: 13%
    (-1.66, 'last', 'PERIOD'),                # away from the last period: 9%
    (1.62, 'distance', 2),                    # the token 2 back: 6%
    (2.41, 'pair', 'NAME', 'PERIOD'),         # name -> period: 2%
    (1.03, 'key_class', 'COMMA'),             # commas: 2%
    (1.03, 'key_token', ','),                 # the token ',': 2%
    (-1.61, 'key_distance', 'PERIOD', 2),     # away from the token 2 back when a period: 2%
    (1.22, 'query_distance', 'DET', 1),       # the previous token, from determiners: 2%
    (1.09, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (-1.4, 'distance', 3),                    # the token 3 back: 1%
    (-1.76, 'distance', 4),                   # the token 4 back: 1%
    (-1.61, 'distance', 5),                   # the token 5 back: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
