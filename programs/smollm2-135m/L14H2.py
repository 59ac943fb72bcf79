"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and away from period -> first token.

head: L14H2
heldout_iou: 0.615
heldout_iou_no_bos: 0.461
name: L14H2
form: terms
terms: 15
origin: synthesized (search/terms)
target: L14H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.42, 'first'),                          # a first-token sink: 63%
    (-0.38, 'log_distance'),                  # recent tokens: 11%
    (0.8, 'same_sentence'),                   # the query's own sentence: 9%
    (-3.28, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 4%
    (0.9, 'distance', 1),                     # the previous token: 4%
    (0.66, 'last', 'CONTENT'),                # the last content word: 3%
    (0.41, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (0.86, 'distance', 2),                    # the token 2 back: 3%
    (0.79, 'distance', 3),                    # the token 3 back: 2%
    (0.49, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 2%
    (-0.81, 'key_class', 'DET'),              # away from determiners: 1%
    (0.79, 'last', 'PERIOD'),                 # the last period: 1%
    (-3.68, 'pair', 'NEWLINE', 'BOS'),        # away from newline -> first token: 1%
    (-1.34, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 1%
    (0.07, 'key_class', 'CONTENT'),           # content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
