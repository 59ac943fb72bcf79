"""Mostly a first-token sink; otherwise the token ' the', distant tokens and earlier copies of the query token.

head: L4H1
heldout_iou: 0.505
heldout_iou_no_bos: 0.408
name: L4H1
form: terms
terms: 8
origin: synthesized (search/terms)
target: L4H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.34, 'first'),                          # a first-token sink: 35%
    (2.83, 'key_token', ' the'),              # the token ' the': 19%
    (0.2, 'log_distance'),                    # distant tokens: 6%
    (1.04, 'same_token'),                     # earlier copies of the query token: 5%
    (0.86, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 5%
    (1.0, 'key_class', 'PERIOD'),             # periods: 3%
    (0.17, 'key_class', 'CONTENT'),           # content words: 2%
    (0.88, 'query_distance', 'DET', 0),       # itself, from determiners: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
