"""Mostly a first-token sink; otherwise periods, the query's own sentence and content words.

head: L29H5
heldout_iou: 0.601
heldout_iou_no_bos: 0.470
name: L29H5
form: terms
terms: 11
origin: synthesized (search/terms)
target: L29H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.38, 'first'),                          # a first-token sink: 57%
    (0.84, 'key_class', 'PERIOD'),            # periods: 4%
    (0.33, 'same_sentence'),                  # the query's own sentence: 3%
    (0.33, 'key_class', 'CONTENT'),           # content words: 3%
    (0.76, 'same_token'),                     # earlier copies of the query token: 3%
    (1.91, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 2%
    (0.36, 'key_token', '.'),                 # the token '.': 2%
    (0.65, 'key_class', 'NAME'),              # names: 2%
    (0.87, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 2%
    (1.43, 'key_class', 'NUMBER'),            # numbers: 1%
    (1.83, 'key_token', 'There'),             # the token 'There': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
