"""Mainly a first-token sink; otherwise the token ' the', the query's own sentence and content word -> content word.

head: L8H6
heldout_iou: 0.510
heldout_iou_no_bos: 0.446
name: L8H6
form: terms
terms: 4
origin: synthesized (search/terms)
target: L8H6
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.15, 'first'),                          # a first-token sink: 28%
    (3.25, 'key_token', ' the'),              # the token ' the': 27%
    (0.36, 'same_sentence'),                  # the query's own sentence: 5%
    (0.83, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 4%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
