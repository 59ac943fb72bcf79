"""Mainly the token ' the'; otherwise a first-token sink, period -> period and distant tokens.

head: L7H1
heldout_iou: 0.593
heldout_iou_no_bos: 0.352
name: L7H1
form: terms
terms: 6
origin: synthesized (search/terms)
target: L7H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (10.51, 'key_token', ' the'),             # the token ' the': 49%
    (9.57, 'first'),                          # a first-token sink: 45%
    (9.4, 'pair', 'PERIOD', 'PERIOD'),        # period -> period: 3%
    (0.09, 'log_distance'),                   # distant tokens: 2%
    (-0.3, 'pair', 'CONTENT', 'BOS'),         # away from content word -> first token: 1%
    (2.98, 'key_class', 'CONTENT'),           # content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
