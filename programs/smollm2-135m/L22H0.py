"""Mostly a first-token sink; otherwise recent tokens, content words and content word -> first token.

head: L22H0
heldout_iou: 0.529
heldout_iou_no_bos: 0.394
name: L22H0
form: terms
terms: 12
origin: synthesized (search/terms)
target: L22H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.71, 'first'),                          # a first-token sink: 60%
    (-0.46, 'log_distance'),                  # recent tokens: 11%
    (0.92, 'key_class', 'CONTENT'),           # content words: 9%
    (0.49, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (0.79, 'key_token', '.'),                 # the token '.': 3%
    (0.7, 'key_class', 'PERIOD'),             # periods: 3%
    (1.73, 'pair', 'NAME', 'BOS'),            # name -> first token: 3%
    (-0.9, 'key_class', 'DET'),               # away from determiners: 1%
    (0.6, 'key_class', 'NAME'),               # names: 1%
    (-0.19, 'pair', 'CONTENT', 'CONTENT'),    # away from content word -> content word: 1%
    (0.25, 'last', 'PERIOD'),                 # the last period: 1%
    (1.56, 'key_token', ' park'),             # the token ' park': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
