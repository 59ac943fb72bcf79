"""Mainly the token ' the'; otherwise a first-token sink, distant tokens and content word -> first token.

head: L7H2
heldout_iou: 0.582
heldout_iou_no_bos: 0.394
name: L7H2
form: terms
terms: 4
origin: synthesized (search/terms)
target: L7H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.5, 'key_token', ' the'),               # the token ' the': 50%
    (7.09, 'first'),                          # a first-token sink: 42%
    (0.53, 'log_distance'),                   # distant tokens: 7%
    (0.19, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
