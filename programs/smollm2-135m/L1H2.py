"""Mainly the previous token; otherwise recent tokens, periods and away from the last period.

head: L1H2
heldout_iou: 0.689
heldout_iou_no_bos: 0.688
name: L1H2
form: terms
terms: 14
origin: synthesized (search/terms)
target: L1H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.02, 'distance', 1),                    # the previous token: 55%
    (-1.52, 'log_distance'),                  # recent tokens: 45%
    (3.53, 'key_class', 'PERIOD'),            # periods: 14%
    (-2.36, 'last', 'PERIOD'),                # away from the last period: 11%
    (1.8, 'distance', 2),                     # the token 2 back: 8%
    (0.47, 'same_sentence'),                  # the query's own sentence: 3%
    (1.78, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 3%
    (1.2, 'key_class', 'COMMA'),              # commas: 2%
    (1.14, 'query_distance', 'DET', 1),       # the previous token, from determiners: 1%
    (2.03, 'pair', 'NAME', 'PERIOD'),         # name -> period: 1%
    (0.13, 'key_token', '.'),                 # the token '.': 1%
    (1.3, 'query_distance', 'PRON_OBJ', 1),   # the previous token, from object pronouns: 1%
    (-1.58, 'distance', 4),                   # the token 4 back: 1%
    (-0.61, 'query_distance', 'NAME', 1),     # away from the previous token, from names: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
