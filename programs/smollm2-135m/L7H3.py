"""Mainly the token ' the'; otherwise a first-token sink, periods and content word -> the token after a preposition.

head: L7H3
heldout_iou: 0.555
heldout_iou_no_bos: 0.452
name: L7H3
form: terms
terms: 6
origin: synthesized (search/terms)
target: L7H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.52, 'key_token', ' the'),              # the token ' the': 39%
    (4.18, 'first'),                          # a first-token sink: 36%
    (1.57, 'key_class', 'PERIOD'),            # periods: 3%
    (0.59, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 2%
    (1.47, 'key_class', 'COMMA'),             # commas: 2%
    (0.04, 'key_class', 'DET'),               # determiners: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
