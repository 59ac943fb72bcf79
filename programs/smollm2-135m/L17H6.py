"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and content word -> first token.

head: L17H6
heldout_iou: 0.609
heldout_iou_no_bos: 0.496
name: L17H6
form: terms
terms: 12
origin: synthesized (search/terms)
target: L17H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.96, 'first'),                          # a first-token sink: 62%
    (-0.7, 'log_distance'),                   # recent tokens: 17%
    (0.61, 'same_sentence'),                  # the query's own sentence: 7%
    (0.64, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 4%
    (1.49, 'pair', 'NAME', 'BOS'),            # name -> first token: 2%
    (-1.11, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (0.39, 'key_class', 'PERIOD'),            # periods: 1%
    (-0.24, 'same_word'),                     # away from the query's own word: 1%
    (-0.46, 'key_class', 'DET'),              # away from determiners: 1%
    (0.42, 'last', 'PERIOD'),                 # the last period: 1%
    (-0.22, 'distance', 0),                   # the token itself: 1%
    (0.26, 'key_token', '.'),                 # the token '.': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
