"""Mostly a first-token sink; otherwise recent tokens, periods and the query's own sentence.

head: L14H8
heldout_iou: 0.450
heldout_iou_no_bos: 0.411
name: L14H8
form: terms
terms: 8
origin: synthesized (search/terms)
target: L14H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.03, 'first'),                          # a first-token sink: 31%
    (-0.35, 'log_distance'),                  # recent tokens: 11%
    (1.16, 'key_class', 'PERIOD'),            # periods: 7%
    (0.44, 'same_sentence'),                  # the query's own sentence: 7%
    (-1.12, 'key_class', 'DET'),              # away from determiners: 4%
    (-0.47, 'same_word'),                     # away from the query's own word: 2%
    (1.33, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (-0.14, 'distance', 0),                   # the token itself: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
