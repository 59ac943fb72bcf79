"""Mainly the query's own sentence; otherwise recent tokens, away from the query's own word and a first-token sink.

head: L19H4
heldout_iou: 0.558
heldout_iou_no_bos: 0.560
name: L19H4
form: terms
terms: 16
origin: synthesized (search/terms)
target: L19H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.07, 'same_sentence'),                  # the query's own sentence: 37%
    (-0.93, 'log_distance'),                  # recent tokens: 34%
    (-1.58, 'same_word'),                     # away from the query's own word: 19%
    (3.88, 'first'),                          # a first-token sink: 17%
    (2.46, 'key_class', 'PERIOD'),            # periods: 15%
    (-0.66, 'distance', 1),                   # the previous token: 8%
    (-2.67, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 4%
    (2.35, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 2%
    (-0.18, 'embed_cosine'),                  # away from tokens similar to the query: 2%
    (0.76, 'key_class', 'CONJ'),              # conjunctions: 2%
    (0.71, 'key_class', 'COMMA'),             # commas: 2%
    (-0.24, 'distance', 0),                   # the token itself: 2%
    (-0.89, 'key_token', ' the'),             # away from the token ' the': 2%
    (1.33, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (1.35, 'key_class', 'NEWLINE'),           # newlines: 1%
    (1.13, 'key_class', 'QUOTE'),             # quotation marks: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
