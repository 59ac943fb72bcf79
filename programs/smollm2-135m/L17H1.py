"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and away from the query's own word.

head: L17H1
heldout_iou: 0.618
heldout_iou_no_bos: 0.558
name: L17H1
form: terms
terms: 11
origin: synthesized (search/terms)
target: L17H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.94, 'first'),                          # a first-token sink: 43%
    (1.01, 'same_sentence'),                  # the query's own sentence: 14%
    (-0.43, 'log_distance'),                  # recent tokens: 14%
    (-1.21, 'same_word'),                     # away from the query's own word: 5%
    (0.68, 'key_class', 'PERIOD'),            # periods: 3%
    (-0.49, 'distance', 1),                   # the previous token: 2%
    (-0.58, 'key_class', 'DET'),              # away from determiners: 2%
    (0.54, 'last', 'PERIOD'),                 # the last period: 2%
    (-0.45, 'key_class', 'AUX'),              # away from auxiliaries: 1%
    (0.48, 'last', 'CONJ'),                   # the last conjunction: 1%
    (-0.36, 'distance', 0),                   # the token itself: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
