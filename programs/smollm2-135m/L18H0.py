"""Mainly a first-token sink; otherwise recent tokens, the query's own sentence and periods.

head: L18H0
heldout_iou: 0.534
heldout_iou_no_bos: 0.480
name: L18H0
form: terms
terms: 15
origin: synthesized (search/terms)
target: L18H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.9, 'first'),                           # a first-token sink: 42%
    (-0.6, 'log_distance'),                   # recent tokens: 23%
    (1.55, 'same_sentence'),                  # the query's own sentence: 22%
    (1.39, 'key_class', 'PERIOD'),            # periods: 9%
    (-1.09, 'same_word'),                     # away from the query's own word: 8%
    (1.44, 'last', 'PERIOD'),                 # the last period: 8%
    (-1.97, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 2%
    (1.05, 'last', 'CONJ'),                   # the last conjunction: 2%
    (0.77, 'last', 'COMMA'),                  # the last comma: 1%
    (2.19, 'key_token', '\n'),                # the token '\n': 1%
    (-0.83, 'key_token', ' the'),             # away from the token ' the': 1%
    (0.2, 'same_token'),                      # earlier copies of the query token: 1%
    (1.62, 'key_class', 'QUOTE'),             # quotation marks: 1%
    (0.06, 'key_class', 'CONTENT'),           # content words: 1%
    (0.73, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
