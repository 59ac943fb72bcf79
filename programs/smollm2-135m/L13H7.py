"""Mainly a first-token sink; otherwise recent tokens, the query's own sentence and away from the query's own word.

head: L13H7
heldout_iou: 0.519
heldout_iou_no_bos: 0.471
name: L13H7
form: terms
terms: 13
origin: synthesized (search/terms)
target: L13H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.34, 'first'),                          # a first-token sink: 31%
    (-0.45, 'log_distance'),                  # recent tokens: 15%
    (0.64, 'same_sentence'),                  # the query's own sentence: 10%
    (-1.07, 'same_word'),                     # away from the query's own word: 8%
    (1.14, 'key_class', 'PERIOD'),            # periods: 7%
    (-0.42, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 2%
    (0.54, 'same_token'),                     # earlier copies of the query token: 2%
    (-1.51, 'key_token', ' the'),             # away from the token ' the': 2%
    (1.46, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (-0.78, 'key_class', 'NAME'),             # away from names: 1%
    (-0.21, 'distance', 0),                   # the token itself: 1%
    (0.84, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (1.86, 'pair', 'NEWLINE', 'BOS'),         # newline -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
