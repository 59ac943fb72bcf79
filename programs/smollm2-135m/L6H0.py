"""Mainly the token ' the'; otherwise a first-token sink, distant tokens and period -> period.

head: L6H0
heldout_iou: 0.584
heldout_iou_no_bos: 0.358
name: L6H0
form: terms
terms: 6
origin: synthesized (search/terms)
target: L6H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (9.6, 'key_token', ' the'),               # the token ' the': 49%
    (8.41, 'first'),                          # a first-token sink: 46%
    (0.21, 'log_distance'),                   # distant tokens: 4%
    (7.37, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (-0.92, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 1%
    (2.86, 'key_class', 'CONTENT'),           # content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
