"""Mostly a first-token sink; otherwise periods, the query's own sentence and content word -> content word.

head: L19H0
heldout_iou: 0.712
heldout_iou_no_bos: 0.600
name: L19H0
form: terms
terms: 4
origin: synthesized (search/terms)
target: L19H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.03, 'first'),                          # a first-token sink: 56%
    (0.99, 'key_class', 'PERIOD'),            # periods: 3%
    (0.38, 'same_sentence'),                  # the query's own sentence: 3%
    (0.14, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
