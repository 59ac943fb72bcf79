"""Mostly a first-token sink; otherwise the token ' the', distant tokens and earlier copies of the query token.

head: L6H3
heldout_iou: 0.555
heldout_iou_no_bos: 0.438
name: L6H3
form: terms
terms: 7
origin: synthesized (search/terms)
target: L6H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.01, 'first'),                          # a first-token sink: 40%
    (3.99, 'key_token', ' the'),              # the token ' the': 33%
    (0.15, 'log_distance'),                   # distant tokens: 4%
    (0.81, 'same_token'),                     # earlier copies of the query token: 2%
    (0.15, 'key_class', 'DET'),               # determiners: 2%
    (0.32, 'key_class', 'CONTENT'),           # content words: 2%
    (2.49, 'pair', 'AUX', 'AUX'),             # auxiliary -> auxiliary: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
