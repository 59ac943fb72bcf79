"""Mainly the query's own sentence; otherwise recent tokens, away from the query's own word and a first-token sink.

head: L15H2
heldout_iou: 0.520
heldout_iou_no_bos: 0.511
name: L15H2
form: terms
terms: 16
origin: synthesized (search/terms)
target: L15H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.69, 'same_sentence'),                  # the query's own sentence: 44%
    (-0.9, 'log_distance'),                   # recent tokens: 35%
    (-2.22, 'same_word'),                     # away from the query's own word: 27%
    (4.87, 'first'),                          # a first-token sink: 24%
    (2.02, 'key_class', 'PERIOD'),            # periods: 10%
    (0.83, 'key_token', '.'),                 # the token '.': 6%
    (-0.22, 'key_class', 'CONTENT'),          # away from content words: 3%
    (2.17, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 3%
    (0.24, 'distance', 2),                    # the token 2 back: 3%
    (0.55, 'last', 'CONJ'),                   # the last conjunction: 2%
    (2.38, 'key_class', 'NEWLINE'),           # newlines: 1%
    (-1.67, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
    (0.7, 'last', 'WH'),                      # the last wh-word: 1%
    (0.21, 'same_token'),                     # earlier copies of the query token: 1%
    (2.96, 'pair', 'NEWLINE', 'BOS'),         # newline -> first token: 1%
    (1.26, 'last', 'QUOTE'),                  # the last quotation mark: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
