"""Mostly a first-token sink; otherwise earlier copies of the query token, content word -> first token and periods.

head: L14H5
heldout_iou: 0.713
heldout_iou_no_bos: 0.445
name: L14H5
form: terms
terms: 9
origin: synthesized (search/terms)
target: L14H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.09, 'first'),                          # a first-token sink: 76%
    (2.18, 'same_token'),                     # earlier copies of the query token: 5%
    (0.45, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (0.99, 'key_class', 'PERIOD'),            # periods: 2%
    (0.66, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (-0.17, 'key_class', 'CONTENT'),          # away from content words: 1%
    (-0.55, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 1%
    (-0.46, 'key_class', 'DET'),              # away from determiners: 1%
    (0.54, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
