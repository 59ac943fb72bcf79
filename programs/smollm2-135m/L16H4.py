"""Mainly a first-token sink; otherwise recent tokens, the query's own sentence and the token itself.

head: L16H4
heldout_iou: 0.518
heldout_iou_no_bos: 0.500
name: L16H4
form: terms
terms: 14
origin: synthesized (search/terms)
target: L16H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.4, 'first'),                           # a first-token sink: 43%
    (-0.99, 'log_distance'),                  # recent tokens: 35%
    (1.5, 'same_sentence'),                   # the query's own sentence: 26%
    (-0.7, 'distance', 0),                    # the token itself: 7%
    (0.37, 'key_class', 'CONTENT'),           # content words: 6%
    (-0.57, 'same_token'),                    # away from earlier copies of the query token: 5%
    (0.3, 'last', 'CONTENT'),                 # the last content word: 3%
    (1.04, 'pair', 'NAME', 'BOS'),            # name -> first token: 2%
    (-1.18, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (0.44, 'key_class', 'PERIOD'),            # periods: 1%
    (-0.5, 'key_token', ' the'),              # away from the token ' the': 1%
    (0.95, 'query_distance', 'COMMA', 1),     # the previous token, from commas: 1%
    (-0.91, 'pair', 'NAME', 'CONTENT'),       # away from name -> content word: 1%
    (-1.11, 'pair', 'COMMA', 'BOS'),          # away from comma -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
