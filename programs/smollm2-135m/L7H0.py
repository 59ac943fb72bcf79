"""Mostly the token ' the'; otherwise a first-token sink, distant tokens and itself, from periods.

head: L7H0
heldout_iou: 0.605
heldout_iou_no_bos: 0.396
name: L7H0
form: terms
terms: 6
origin: synthesized (search/terms)
target: L7H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (11.26, 'key_token', ' the'),             # the token ' the': 51%
    (9.98, 'first'),                          # a first-token sink: 42%
    (0.27, 'log_distance'),                   # distant tokens: 5%
    (6.18, 'query_distance', 'PERIOD', 0),    # itself, from periods: 2%
    (4.51, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 2%
    (-0.23, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
