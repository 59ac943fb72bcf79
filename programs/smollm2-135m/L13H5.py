"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and away from content words.

head: L13H5
heldout_iou: 0.547
heldout_iou_no_bos: 0.404
name: L13H5
form: terms
terms: 14
origin: synthesized (search/terms)
target: L13H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.58, 'first'),                          # a first-token sink: 70%
    (2.48, 'same_sentence'),                  # the query's own sentence: 19%
    (-0.43, 'log_distance'),                  # recent tokens: 12%
    (-0.55, 'key_class', 'CONTENT'),          # away from content words: 4%
    (1.14, 'distance', 3),                    # the token 3 back: 4%
    (0.82, 'distance', 1),                    # the previous token: 3%
    (0.77, 'distance', 2),                    # the token 2 back: 2%
    (1.3, 'last', 'PERIOD'),                  # the last period: 2%
    (-1.9, 'key_class', 'NAME'),              # away from names: 2%
    (1.85, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (0.71, 'key_class', 'PERIOD'),            # periods: 2%
    (0.6, 'key_token', '.'),                  # the token '.': 1%
    (-0.73, 'same_word'),                     # away from the query's own word: 1%
    (-0.64, 'distance', 0),                   # the token itself: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
