"""Mostly a first-token sink; otherwise periods, content words and earlier copies of the query token.

head: L29H5
heldout_iou: 0.605
heldout_iou_no_bos: 0.477
name: L29H5
form: terms
terms: 10
origin: synthesized (search/terms)
target: L29H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.21, 'first'),                          # a first-token sink: 54%
    (1.2, 'key_class', 'PERIOD'),             # periods: 7%
    (0.35, 'key_class', 'CONTENT'),           # content words: 3%
    (0.76, 'same_token'),                     # earlier copies of the query token: 3%
    (1.95, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 3%
    (0.87, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 2%
    (0.87, 'key_class', 'COMMA'),             # commas: 1%
    (0.68, 'key_class', 'NAME'),              # names: 1%
    (1.49, 'key_class', 'NEWLINE'),           # newlines: 1%
    (1.08, 'key_class', 'NUMBER'),            # numbers: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
