"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and away from the query's own word.

head: L13H7
heldout_iou: 0.517
heldout_iou_no_bos: 0.468
name: L13H7
form: terms
terms: 12
origin: synthesized (search/terms)
target: L13H7
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.36, 'first'),                          # a first-token sink: 32%
    (-0.43, 'log_distance'),                  # recent tokens: 14%
    (0.58, 'same_sentence'),                  # the query's own sentence: 9%
    (-0.92, 'same_word'),                     # away from the query's own word: 6%
    (1.06, 'key_class', 'PERIOD'),            # periods: 6%
    (-0.54, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 3%
    (-1.54, 'key_token', ' the'),             # away from the token ' the': 2%
    (1.35, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (0.37, 'same_token'),                     # earlier copies of the query token: 2%
    (-0.91, 'key_class', 'NAME'),             # away from names: 1%
    (1.94, 'pair', 'NEWLINE', 'BOS'),         # newline -> first token: 1%
    (-0.12, 'distance', 0),                   # the token itself: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
