"""Mainly the token ' the'; otherwise a first-token sink, away from content word -> the token after a content word and away from content word -> first token.

head: L8H5
heldout_iou: 0.551
heldout_iou_no_bos: 0.375
name: L8H5
form: terms
terms: 4
origin: synthesized (search/terms)
target: L8H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (10.06, 'key_token', ' the'),             # the token ' the': 48%
    (9.36, 'first'),                          # a first-token sink: 47%
    (-1.25, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 1%
    (-0.32, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
