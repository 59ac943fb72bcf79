"""Mostly the token ' the'; otherwise a first-token sink, distant tokens and period -> period.

head: L6H1
heldout_iou: 0.578
heldout_iou_no_bos: 0.362
name: L6H1
form: terms
terms: 5
origin: synthesized (search/terms)
target: L6H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (11.08, 'key_token', ' the'),             # the token ' the': 51%
    (9.57, 'first'),                          # a first-token sink: 43%
    (0.28, 'log_distance'),                   # distant tokens: 5%
    (9.62, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 2%
    (3.64, 'key_class', 'CONTENT'),           # content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
