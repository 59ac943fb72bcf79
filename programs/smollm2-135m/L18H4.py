"""Mostly a first-token sink; otherwise periods, the token '.' and content word -> first token.

head: L18H4
heldout_iou: 0.606
heldout_iou_no_bos: 0.380
name: L18H4
form: terms
terms: 4
origin: synthesized (search/terms)
target: L18H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.79, 'first'),                          # a first-token sink: 69%
    (1.12, 'key_class', 'PERIOD'),            # periods: 5%
    (1.1, 'key_token', '.'),                  # the token '.': 5%
    (0.35, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
