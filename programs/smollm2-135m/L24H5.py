"""Mostly a first-token sink; otherwise content words, names and recent tokens.

head: L24H5
heldout_iou: 0.736
heldout_iou_no_bos: 0.396
name: L24H5
form: terms
terms: 12
origin: synthesized (search/terms)
target: L24H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.93, 'first'),                          # a first-token sink: 77%
    (1.05, 'key_class', 'CONTENT'),           # content words: 6%
    (1.8, 'key_class', 'NAME'),               # names: 4%
    (-0.23, 'log_distance'),                  # recent tokens: 4%
    (0.63, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (0.23, 'same_sentence'),                  # the query's own sentence: 2%
    (-0.89, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (1.55, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (1.17, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (0.67, 'pair', 'DET', 'CONTENT'),         # determiner -> content word: 1%
    (0.28, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (0.36, 'last', 'CONTENT'),                # the last content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
