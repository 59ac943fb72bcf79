"""Mostly a first-token sink; otherwise recent tokens, content words and the query's own sentence.

head: L16H3
heldout_iou: 0.511
heldout_iou_no_bos: 0.404
name: L16H3
form: terms
terms: 14
origin: synthesized (search/terms)
target: L16H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.48, 'first'),                          # a first-token sink: 49%
    (-0.58, 'log_distance'),                  # recent tokens: 17%
    (0.77, 'key_class', 'CONTENT'),           # content words: 10%
    (0.47, 'same_sentence'),                  # the query's own sentence: 7%
    (-0.8, 'distance', 0),                    # the token itself: 4%
    (0.39, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (1.37, 'pair', 'NAME', 'BOS'),            # name -> first token: 2%
    (0.55, 'key_class', 'NAME'),              # names: 2%
    (-1.35, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (0.35, 'key_class', 'PERIOD'),            # periods: 1%
    (-0.38, 'key_class', 'DET'),              # away from determiners: 1%
    (0.33, 'key_token', '.'),                 # the token '.': 1%
    (0.41, 'last', 'NAME'),                   # the last name: 1%
    (0.27, 'last', 'PERIOD'),                 # the last period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
