"""Mainly a first-token sink; otherwise the token ' the', periods and the token '.'.

head: L8H8
heldout_iou: 0.534
heldout_iou_no_bos: 0.478
name: L8H8
form: terms
terms: 7
origin: synthesized (search/terms)
target: L8H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.68, 'first'),                          # a first-token sink: 24%
    (2.9, 'key_token', ' the'),               # the token ' the': 21%
    (0.61, 'key_class', 'PERIOD'),            # periods: 3%
    (0.53, 'key_token', '.'),                 # the token '.': 2%
    (0.45, 'last', 'COMMA'),                  # the last comma: 1%
    (0.28, 'key_class', 'COMMA'),             # commas: 1%
    (0.28, 'key_token', ','),                 # the token ',': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
