"""Mainly the token ' the'; otherwise a first-token sink, distant tokens and the query's own sentence.

head: L8H5
heldout_iou: 0.539
heldout_iou_no_bos: 0.361
name: L8H5
form: terms
terms: 10
origin: synthesized (search/terms)
target: L8H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.71, 'key_token', ' the'),              # the token ' the': 48%
    (7.24, 'first'),                          # a first-token sink: 46%
    (0.84, 'log_distance'),                   # distant tokens: 14%
    (0.85, 'same_sentence'),                  # the query's own sentence: 4%
    (0.95, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 3%
    (-4.83, 'last', 'NUMBER'),                # away from the last number: 3%
    (6.97, 'key_class', 'NUMBER'),            # numbers: 2%
    (0.63, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (1.28, 'same_word'),                      # the query's own word: 1%
    (1.58, 'key_class', 'CONTENT'),           # content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
