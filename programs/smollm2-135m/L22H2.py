"""Mostly a first-token sink; otherwise content words, names and recent tokens.

head: L22H2
heldout_iou: 0.503
heldout_iou_no_bos: 0.378
name: L22H2
form: terms
terms: 13
origin: synthesized (search/terms)
target: L22H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.64, 'first'),                          # a first-token sink: 58%
    (0.8, 'key_class', 'CONTENT'),            # content words: 8%
    (1.53, 'key_class', 'NAME'),              # names: 5%
    (-0.2, 'log_distance'),                   # recent tokens: 5%
    (0.38, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (1.61, 'pair', 'NAME', 'BOS'),            # name -> first token: 2%
    (-1.56, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (-1.2, 'pair', 'CONJ', 'BOS'),            # away from conjunction -> first token: 1%
    (0.24, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (1.0, 'induction'),                       # the token after an earlier copy of the query (induction): 1%
    (0.43, 'key_class', 'PERIOD'),            # periods: 1%
    (0.44, 'key_token', '.'),                 # the token '.': 1%
    (1.8, 'query_distance', 'CONJ', 1),       # the previous token, from conjunctions: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
