"""Mostly a first-token sink; otherwise earlier copies of the query token, the query's own sentence and period -> period.

head: L28H4
heldout_iou: 0.729
heldout_iou_no_bos: 0.431
name: L28H4
form: terms
terms: 9
origin: synthesized (search/terms)
target: L28H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.89, 'first'),                          # a first-token sink: 79%
    (1.83, 'same_token'),                     # earlier copies of the query token: 5%
    (0.7, 'same_sentence'),                   # the query's own sentence: 3%
    (3.04, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 3%
    (1.73, 'key_token', ' \n'),               # the token ' \n': 1%
    (1.52, 'key_class', 'NEWLINE'),           # newlines: 1%
    (5.28, 'pair', 'PERIOD', 'NEWLINE'),      # period -> newline: 1%
    (1.59, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (1.74, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
