"""Mainly a first-token sink; otherwise the query's own sentence, recent tokens and periods.

head: L18H0
heldout_iou: 0.536
heldout_iou_no_bos: 0.480
name: L18H0
form: terms
terms: 14
origin: synthesized (search/terms)
target: L18H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.86, 'first'),                          # a first-token sink: 40%
    (1.63, 'same_sentence'),                  # the query's own sentence: 23%
    (-0.58, 'log_distance'),                  # recent tokens: 23%
    (1.48, 'key_class', 'PERIOD'),            # periods: 11%
    (1.58, 'last', 'PERIOD'),                 # the last period: 10%
    (-1.08, 'same_word'),                     # away from the query's own word: 9%
    (-2.03, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 3%
    (0.97, 'last', 'CONJ'),                   # the last conjunction: 2%
    (0.26, 'same_token'),                     # earlier copies of the query token: 1%
    (0.72, 'last', 'COMMA'),                  # the last comma: 1%
    (1.65, 'key_class', 'NEWLINE'),           # newlines: 1%
    (-0.82, 'key_token', ' the'),             # away from the token ' the': 1%
    (1.53, 'key_class', 'QUOTE'),             # quotation marks: 1%
    (0.05, 'key_class', 'CONTENT'),           # content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
