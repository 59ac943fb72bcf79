"""Mainly a first-token sink; otherwise recent tokens, periods and the query's own sentence.

head: L21H3
heldout_iou: 0.549
heldout_iou_no_bos: 0.533
name: L21H3
form: terms
terms: 12
origin: synthesized (search/terms)
target: L21H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.25, 'first'),                          # a first-token sink: 27%
    (-0.57, 'log_distance'),                  # recent tokens: 20%
    (1.98, 'key_class', 'PERIOD'),            # periods: 16%
    (0.54, 'same_sentence'),                  # the query's own sentence: 9%
    (-0.63, 'same_word'),                     # away from the query's own word: 4%
    (-0.69, 'key_class', 'DET'),              # away from determiners: 2%
    (-0.53, 'key_class', 'PREP'),             # away from prepositions: 2%
    (0.85, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (0.61, 'last', 'COMMA'),                  # the last comma: 1%
    (1.49, 'last', 'QUOTE'),                  # the last quotation mark: 1%
    (-0.79, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
    (2.07, 'pair', 'NEWLINE', 'BOS'),         # newline -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
