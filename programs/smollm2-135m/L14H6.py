"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and content word -> first token.

head: L14H6
heldout_iou: 0.558
heldout_iou_no_bos: 0.444
name: L14H6
form: terms
terms: 13
origin: synthesized (search/terms)
target: L14H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.31, 'first'),                          # a first-token sink: 60%
    (-0.45, 'log_distance'),                  # recent tokens: 10%
    (0.4, 'same_sentence'),                   # the query's own sentence: 4%
    (0.56, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 4%
    (-1.08, 'key_class', 'DET'),              # away from determiners: 2%
    (0.92, 'pair', 'NAME', 'BOS'),            # name -> first token: 2%
    (0.38, 'key_class', 'PERIOD'),            # periods: 1%
    (-0.59, 'same_word'),                     # away from the query's own word: 1%
    (-0.48, 'key_class', 'NAME'),             # away from names: 1%
    (-0.56, 'distance', 0),                   # the token itself: 1%
    (0.3, 'key_token', '.'),                  # the token '.': 1%
    (-0.59, 'key_class', 'AUX'),              # away from auxiliaries: 1%
    (0.25, 'last', 'PERIOD'),                 # the last period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
