"""Mainly periods; otherwise a first-token sink, away from the query's own word and recent tokens.

head: L16H6
heldout_iou: 0.508
heldout_iou_no_bos: 0.504
name: L16H6
form: terms
terms: 15
origin: synthesized (search/terms)
target: L16H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.4, 'key_class', 'PERIOD'),             # periods: 28%
    (1.71, 'first'),                          # a first-token sink: 10%
    (-1.51, 'same_word'),                     # away from the query's own word: 10%
    (-0.3, 'log_distance'),                   # recent tokens: 9%
    (0.42, 'same_sentence'),                  # the query's own sentence: 6%
    (-1.15, 'key_class', 'DET'),              # away from determiners: 4%
    (-0.9, 'key_class', 'PREP'),              # away from prepositions: 3%
    (0.59, 'same_token'),                     # earlier copies of the query token: 2%
    (1.83, 'key_class', 'NEWLINE'),           # newlines: 2%
    (1.78, 'key_class', 'QUOTE'),             # quotation marks: 1%
    (0.62, 'key_class', 'COMMA'),             # commas: 1%
    (1.72, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (-0.78, 'key_class', 'TO'),               # away from 'to': 1%
    (3.45, 'pair', 'NEWLINE', 'BOS'),         # newline -> first token: 1%
    (-0.23, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
