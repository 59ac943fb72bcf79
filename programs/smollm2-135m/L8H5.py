"""Mainly the token ' the'; otherwise a first-token sink, content word -> determiner and content word -> first token.

head: L8H5
heldout_iou: 0.550
heldout_iou_no_bos: 0.376
name: L8H5
form: terms
terms: 5
origin: synthesized (search/terms)
target: L8H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.76, 'key_token', ' the'),              # the token ' the': 48%
    (6.28, 'first'),                          # a first-token sink: 44%
    (1.73, 'pair', 'CONTENT', 'DET'),         # content word -> determiner: 7%
    (0.66, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (-0.93, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
