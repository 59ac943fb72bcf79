"""Mainly away from the query's own word; otherwise recent tokens, the query's own sentence and periods.

head: L11H2
heldout_iou: 0.573
heldout_iou_no_bos: 0.579
name: L11H2
form: terms
terms: 16
origin: synthesized (search/terms)
target: L11H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-2.81, 'same_word'),                     # away from the query's own word: 45%
    (-1.51, 'log_distance'),                  # recent tokens: 43%
    (1.18, 'same_sentence'),                  # the query's own sentence: 18%
    (1.48, 'key_class', 'PERIOD'),            # periods: 14%
    (-0.79, 'distance', 1),                   # the previous token: 12%
    (0.84, 'last', 'PERIOD'),                 # the last period: 8%
    (-4.05, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 5%
    (-0.34, 'last', 'CONTENT'),               # away from the last content word: 3%
    (1.89, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 2%
    (1.58, 'key_class', 'NEWLINE'),           # newlines: 2%
    (-2.33, 'query_distance', 'PERIOD', 2),   # away from the token 2 back, from periods: 1%
    (0.61, 'word_start'),                     # word starts: 1%
    (1.6, 'key_class', 'QUOTE'),              # quotation marks: 1%
    (-1.97, 'query_distance', 'PERIOD', 1),   # away from the previous token, from periods: 1%
    (-1.72, 'query_distance', 'PERIOD', 3),   # away from the token 3 back, from periods: 1%
    (-1.14, 'query_distance', 'PERIOD', 4),   # away from the token 4 back, from periods: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
