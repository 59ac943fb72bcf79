"""Mainly a first-token sink; otherwise recent tokens, periods and the query's own sentence.

head: L21H3
heldout_iou: 0.549
heldout_iou_no_bos: 0.534
name: L21H3
form: terms
terms: 13
origin: synthesized (search/terms)
target: L21H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.28, 'first'),                          # a first-token sink: 26%
    (-0.56, 'log_distance'),                  # recent tokens: 20%
    (1.98, 'key_class', 'PERIOD'),            # periods: 16%
    (0.56, 'same_sentence'),                  # the query's own sentence: 9%
    (-0.56, 'same_word'),                     # away from the query's own word: 4%
    (-0.73, 'key_class', 'DET'),              # away from determiners: 3%
    (-0.6, 'key_class', 'PREP'),              # away from prepositions: 2%
    (-1.11, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
    (0.63, 'last', 'COMMA'),                  # the last comma: 1%
    (1.49, 'last', 'QUOTE'),                  # the last quotation mark: 1%
    (0.31, 'key_class', 'NAME'),              # names: 1%
    (2.13, 'pair', 'NEWLINE', 'BOS'),         # newline -> first token: 1%
    (-0.11, 'same_token'),                    # away from earlier copies of the query token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
