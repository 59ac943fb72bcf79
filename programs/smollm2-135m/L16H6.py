"""Mostly periods; otherwise a first-token sink, away from the query's own word and recent tokens.

head: L16H6
heldout_iou: 0.509
heldout_iou_no_bos: 0.505
name: L16H6
form: terms
terms: 15
origin: synthesized (search/terms)
target: L16H6
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.43, 'key_class', 'PERIOD'),            # periods: 28%
    (1.55, 'first'),                          # a first-token sink: 9%
    (-1.54, 'same_word'),                     # away from the query's own word: 9%
    (-0.24, 'log_distance'),                  # recent tokens: 8%
    (0.46, 'same_sentence'),                  # the query's own sentence: 6%
    (-1.06, 'key_class', 'DET'),              # away from determiners: 4%
    (-0.95, 'key_class', 'PREP'),             # away from prepositions: 3%
    (0.55, 'same_token'),                     # earlier copies of the query token: 2%
    (1.86, 'key_class', 'NEWLINE'),           # newlines: 2%
    (1.89, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (0.66, 'key_class', 'COMMA'),             # commas: 2%
    (1.7, 'key_class', 'QUOTE'),              # quotation marks: 1%
    (3.72, 'pair', 'NEWLINE', 'BOS'),         # newline -> first token: 1%
    (-0.68, 'key_class', 'TO'),               # away from 'to': 1%
    (0.47, 'after', 'CONTENT', 'PERIOD'),     # content word -> the token after a period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
