"""Mostly a first-token sink; otherwise periods, content words and period -> period.

head: L29H5
heldout_iou: 0.604
heldout_iou_no_bos: 0.475
name: L29H5
form: terms
terms: 12
origin: synthesized (search/terms)
target: L29H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.24, 'first'),                          # a first-token sink: 54%
    (1.28, 'key_class', 'PERIOD'),            # periods: 7%
    (0.36, 'key_class', 'CONTENT'),           # content words: 3%
    (2.42, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 3%
    (0.69, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 2%
    (0.18, 'same_sentence'),                  # the query's own sentence: 2%
    (0.89, 'key_class', 'NAME'),              # names: 1%
    (1.04, 'key_token', ','),                 # the token ',': 1%
    (1.31, 'key_class', 'NUMBER'),            # numbers: 1%
    (1.56, 'key_class', 'NEWLINE'),           # newlines: 1%
    (0.81, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
    (1.54, 'key_class', 'QUOTE'),             # quotation marks: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
