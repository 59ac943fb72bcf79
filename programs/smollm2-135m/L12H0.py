"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and content word -> first token.

head: L12H0
heldout_iou: 0.574
heldout_iou_no_bos: 0.408
name: L12H0
form: terms
terms: 13
origin: synthesized (search/terms)
target: L12H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.11, 'first'),                          # a first-token sink: 63%
    (1.71, 'same_sentence'),                  # the query's own sentence: 17%
    (-0.2, 'log_distance'),                   # recent tokens: 6%
    (0.72, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 4%
    (-1.77, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 3%
    (0.39, 'last', 'CONTENT'),                # the last content word: 2%
    (-1.94, 'pair', 'COMMA', 'BOS'),          # away from comma -> first token: 1%
    (0.27, 'distance', 1),                    # the previous token: 1%
    (-1.28, 'key_token', ' the'),             # away from the token ' the': 1%
    (0.35, 'distance', 2),                    # the token 2 back: 1%
    (1.62, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (-1.19, 'key_class', 'NAME'),             # away from names: 1%
    (1.21, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
