"""Mainly the token ' the'; otherwise a first-token sink, distant tokens and the query's own sentence.

head: L5H5
heldout_iou: 0.598
heldout_iou_no_bos: 0.425
name: L5H5
form: terms
terms: 5
origin: synthesized (search/terms)
target: L5H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (10.34, 'key_token', ' the'),             # the token ' the': 55%
    (8.41, 'first'),                          # a first-token sink: 40%
    (1.03, 'log_distance'),                   # distant tokens: 12%
    (1.12, 'same_sentence'),                  # the query's own sentence: 5%
    (2.72, 'query_distance', 'DET', 0),       # itself, from determiners: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
