"""Mainly the query's own sentence; otherwise recent tokens, a first-token sink and away from the query's own word.

head: L3H7
heldout_iou: 0.510
heldout_iou_no_bos: 0.484
name: L3H7
form: terms
terms: 15
origin: synthesized (search/terms)
target: L3H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (1.37, 'same_sentence'),                  # the query's own sentence: 24%
    (-0.63, 'log_distance'),                  # recent tokens: 24%
    (3.41, 'first'),                          # a first-token sink: 21%
    (-1.11, 'same_word'),                     # away from the query's own word: 12%
    (2.07, 'key_token', ' the'),              # the token ' the': 10%
    (1.7, 'key_class', 'PERIOD'),             # periods: 9%
    (-0.96, 'last', 'DET'),                   # away from the last determiner: 7%
    (0.3, 'same_token'),                      # earlier copies of the query token: 2%
    (1.14, 'pair', 'DET', 'DET'),             # determiner -> determiner: 2%
    (0.91, 'word_start'),                     # word starts: 1%
    (-0.17, 'distance', 0),                   # the token itself: 1%
    (-0.93, 'key_class', 'NAME'),             # away from names: 1%
    (1.03, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (1.62, 'key_token', '\n'),                # the token '\n': 1%
    (-1.18, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
