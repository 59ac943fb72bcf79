"""Mainly the query's own sentence; otherwise recent tokens, a first-token sink and away from the query's own word.

head: L15H2
heldout_iou: 0.525
heldout_iou_no_bos: 0.520
name: L15H2
form: terms
terms: 16
origin: synthesized (search/terms)
target: L15H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.77, 'same_sentence'),                  # the query's own sentence: 45%
    (-0.9, 'log_distance'),                   # recent tokens: 35%
    (5.04, 'first'),                          # a first-token sink: 23%
    (-1.92, 'same_word'),                     # away from the query's own word: 22%
    (2.66, 'key_class', 'PERIOD'),            # periods: 13%
    (-3.59, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 5%
    (0.4, 'distance', 2),                     # the token 2 back: 5%
    (0.44, 'key_token', '.'),                 # the token '.': 4%
    (2.35, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 3%
    (0.77, 'last', 'CONJ'),                   # the last conjunction: 2%
    (2.28, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 2%
    (0.76, 'key_class', 'WH'),                # wh-words: 1%
    (2.49, 'key_class', 'NEWLINE'),           # newlines: 1%
    (0.55, 'last', 'VERB_ED'),                # the last -ed verb: 1%
    (2.96, 'pair', 'NEWLINE', 'BOS'),         # newline -> first token: 1%
    (1.31, 'key_class', 'QUOTE'),             # quotation marks: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
