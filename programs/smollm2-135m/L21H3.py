"""Mainly a first-token sink; otherwise recent tokens, periods and the query's own sentence.

head: L21H3
heldout_iou: 0.532
heldout_iou_no_bos: 0.513
name: L21H3
form: terms
terms: 7
origin: synthesized (search/terms)
target: L21H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.17, 'first'),                          # a first-token sink: 26%
    (-0.5, 'log_distance'),                   # recent tokens: 18%
    (2.06, 'key_class', 'PERIOD'),            # periods: 14%
    (0.53, 'same_sentence'),                  # the query's own sentence: 10%
    (-1.28, 'key_class', 'DET'),              # away from determiners: 4%
    (-1.14, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
    (-0.85, 'pair', 'PERIOD', 'PERIOD'),      # away from period -> period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
