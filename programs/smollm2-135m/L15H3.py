"""Mostly a first-token sink; otherwise periods, the query's own sentence and the last period.

head: L15H3
heldout_iou: 0.612
heldout_iou_no_bos: 0.548
name: L15H3
form: terms
terms: 11
origin: synthesized (search/terms)
target: L15H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.77, 'first'),                          # a first-token sink: 45%
    (1.51, 'key_class', 'PERIOD'),            # periods: 10%
    (0.83, 'same_sentence'),                  # the query's own sentence: 9%
    (0.43, 'last', 'PERIOD'),                 # the last period: 3%
    (-0.85, 'key_class', 'DET'),              # away from determiners: 2%
    (-0.64, 'key_class', 'PREP'),             # away from prepositions: 2%
    (-0.21, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 2%
    (0.13, 'key_token', '.'),                 # the token '.': 1%
    (1.47, 'key_class', 'NEWLINE'),           # newlines: 1%
    (-0.86, 'key_class', 'TO'),               # away from 'to': 1%
    (0.32, 'key_class', 'NAME'),              # names: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
