"""Mostly recent tokens; otherwise away from earlier copies of the query token, the previous token and periods.

head: L2H2
heldout_iou: 0.616
heldout_iou_no_bos: 0.619
name: L2H2
form: terms
terms: 16
origin: synthesized (search/terms)
target: L2H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-1.66, 'log_distance'),                  # recent tokens: 52%
    (-1.74, 'same_token'),                    # away from earlier copies of the query token: 26%
    (-0.83, 'distance', 1),                   # the previous token: 13%
    (1.3, 'key_class', 'PERIOD'),             # periods: 9%
    (0.51, 'same_sentence'),                  # the query's own sentence: 9%
    (2.39, 'first'),                          # a first-token sink: 8%
    (-0.41, 'same_word'),                     # away from the query's own word: 4%
    (-0.42, 'distance', 0),                   # the token itself: 4%
    (-0.36, 'last', 'CONTENT'),               # away from the last content word: 3%
    (0.49, 'word_start'),                     # word starts: 1%
    (-0.52, 'key_class', 'NAME'),             # away from names: 1%
    (1.72, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (0.66, 'pair', 'DET', 'DET'),             # determiner -> determiner: 1%
    (0.99, 'key_token', '\n'),                # the token '\n': 1%
    (0.87, 'key_class', 'QUOTE'),             # quotation marks: 1%
    (-0.49, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
