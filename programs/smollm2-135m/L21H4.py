"""Mostly a first-token sink; otherwise recent tokens, content words and content word -> first token.

head: L21H4
heldout_iou: 0.555
heldout_iou_no_bos: 0.417
name: L21H4
form: terms
terms: 10
origin: synthesized (search/terms)
target: L21H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.51, 'first'),                          # a first-token sink: 58%
    (-0.44, 'log_distance'),                  # recent tokens: 11%
    (0.7, 'key_class', 'CONTENT'),            # content words: 8%
    (0.87, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 6%
    (1.3, 'key_class', 'NAME'),               # names: 4%
    (1.54, 'pair', 'NAME', 'BOS'),            # name -> first token: 3%
    (-1.31, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (0.42, 'last', 'CONTENT'),                # the last content word: 2%
    (-0.69, 'key_class', 'DET'),              # away from determiners: 1%
    (0.14, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
