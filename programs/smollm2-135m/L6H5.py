"""Mostly a first-token sink; otherwise the token ' the', period -> period and content word -> the token after a preposition.

head: L6H5
heldout_iou: 0.559
heldout_iou_no_bos: 0.442
name: L6H5
form: terms
terms: 9
origin: synthesized (search/terms)
target: L6H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.92, 'first'),                          # a first-token sink: 39%
    (3.76, 'key_token', ' the'),              # the token ' the': 31%
    (3.08, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 2%
    (0.25, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 1%
    (0.07, 'key_class', 'DET'),               # determiners: 1%
    (-0.13, 'key_class', 'CONTENT'),          # away from content words: 1%
    (2.02, 'pair', 'AUX', 'AUX'),             # auxiliary -> auxiliary: 1%
    (4.68, 'pair', 'PERIOD', 'NEWLINE'),      # period -> newline: 1%
    (2.99, 'pair', 'COMMA', 'PERIOD'),        # comma -> period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
