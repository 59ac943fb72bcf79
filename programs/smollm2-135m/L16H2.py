"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and the token 2 back.

head: L16H2
heldout_iou: 0.586
heldout_iou_no_bos: 0.492
name: L16H2
form: terms
terms: 15
origin: synthesized (search/terms)
target: L16H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.49, 'first'),                          # a first-token sink: 52%
    (1.68, 'same_sentence'),                  # the query's own sentence: 25%
    (-0.34, 'log_distance'),                  # recent tokens: 14%
    (1.13, 'distance', 2),                    # the token 2 back: 5%
    (0.83, 'distance', 1),                    # the previous token: 5%
    (1.05, 'distance', 3),                    # the token 3 back: 4%
    (0.27, 'key_class', 'CONTENT'),           # content words: 4%
    (0.48, 'last', 'CONTENT'),                # the last content word: 4%
    (-1.35, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (0.72, 'distance', 4),                    # the token 4 back: 2%
    (-0.55, 'key_class', 'DET'),              # away from determiners: 1%
    (0.15, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (-0.93, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 1%
    (1.34, 'pair', 'NAME', 'NAME'),           # name -> name: 1%
    (0.98, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
