"""Mainly the token ' the'; otherwise a first-token sink, distant tokens and away from content word -> the token after a content word.

head: L6H0
heldout_iou: 0.581
heldout_iou_no_bos: 0.355
name: L6H0
form: terms
terms: 6
origin: synthesized (search/terms)
target: L6H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (10.04, 'key_token', ' the'),             # the token ' the': 50%
    (8.56, 'first'),                          # a first-token sink: 45%
    (0.31, 'log_distance'),                   # distant tokens: 5%
    (-1.37, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 2%
    (3.22, 'key_class', 'CONTENT'),           # content words: 1%
    (7.53, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
