"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and the previous token.

head: L25H6
heldout_iou: 0.549
heldout_iou_no_bos: 0.486
name: L25H6
form: terms
terms: 13
origin: synthesized (search/terms)
target: L25H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.58, 'first'),                          # a first-token sink: 62%
    (-0.91, 'log_distance'),                  # recent tokens: 27%
    (2.0, 'same_sentence'),                   # the query's own sentence: 24%
    (0.74, 'distance', 1),                    # the previous token: 5%
    (-0.47, 'key_class', 'CONTENT'),          # away from content words: 4%
    (-1.53, 'key_class', 'NAME'),             # away from names: 3%
    (0.9, 'key_class', 'PERIOD'),             # periods: 2%
    (0.84, 'key_token', '.'),                 # the token '.': 2%
    (1.36, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (-0.59, 'key_class', 'DET'),              # away from determiners: 2%
    (-0.43, 'key_distance', 'CONTENT', 1),    # away from the previous token when a content word: 1%
    (0.51, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 1%
    (-0.73, 'key_token', ' the'),             # away from the token ' the': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
