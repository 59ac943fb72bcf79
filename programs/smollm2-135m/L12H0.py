"""Mostly a first-token sink; otherwise the query's own sentence, content word -> first token and recent tokens.

head: L12H0
heldout_iou: 0.573
heldout_iou_no_bos: 0.407
name: L12H0
form: terms
terms: 13
origin: synthesized (search/terms)
target: L12H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.05, 'first'),                          # a first-token sink: 66%
    (1.64, 'same_sentence'),                  # the query's own sentence: 15%
    (0.81, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 5%
    (-0.13, 'log_distance'),                  # recent tokens: 4%
    (-1.78, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 3%
    (-1.98, 'pair', 'COMMA', 'BOS'),          # away from comma -> first token: 1%
    (0.34, 'last', 'CONTENT'),                # the last content word: 1%
    (-1.37, 'key_token', ' the'),             # away from the token ' the': 1%
    (1.74, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (0.24, 'distance', 1),                    # the previous token: 1%
    (0.32, 'distance', 2),                    # the token 2 back: 1%
    (-1.18, 'key_class', 'NAME'),             # away from names: 1%
    (1.03, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
