"""Mostly a first-token sink; otherwise the token ' the', away from content words and away from names.

head: L7H3
heldout_iou: 0.556
heldout_iou_no_bos: 0.457
name: L7H3
form: terms
terms: 7
origin: synthesized (search/terms)
target: L7H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.75, 'first'),                          # a first-token sink: 38%
    (4.03, 'key_token', ' the'),              # the token ' the': 34%
    (-0.35, 'key_class', 'CONTENT'),          # away from content words: 2%
    (-1.88, 'key_class', 'NAME'),             # away from names: 2%
    (0.46, 'key_token', '.'),                 # the token '.': 1%
    (0.42, 'key_class', 'PERIOD'),            # periods: 1%
    (0.09, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
