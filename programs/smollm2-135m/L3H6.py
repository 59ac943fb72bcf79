"""Mostly a first-token sink; otherwise the token ' the', periods and content words.

head: L3H6
heldout_iou: 0.613
heldout_iou_no_bos: 0.470
name: L3H6
form: terms
terms: 8
origin: synthesized (search/terms)
target: L3H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.39, 'first'),                          # a first-token sink: 47%
    (3.47, 'key_token', ' the'),              # the token ' the': 22%
    (1.66, 'key_class', 'PERIOD'),            # periods: 4%
    (0.45, 'key_class', 'CONTENT'),           # content words: 3%
    (0.23, 'key_class', 'DET'),               # determiners: 3%
    (0.68, 'pair', 'DET', 'DET'),             # determiner -> determiner: 1%
    (1.02, 'after', 'DET', 'PREP'),           # determiner -> the token after a preposition: 1%
    (0.24, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
