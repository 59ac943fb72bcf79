"""Mainly the token ' the'; otherwise a first-token sink, distant tokens and the query's own sentence.

head: L4H5
heldout_iou: 0.591
heldout_iou_no_bos: 0.390
name: L4H5
form: terms
terms: 6
origin: synthesized (search/terms)
target: L4H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (10.88, 'key_token', ' the'),             # the token ' the': 55%
    (8.77, 'first'),                          # a first-token sink: 41%
    (1.19, 'log_distance'),                   # distant tokens: 13%
    (0.96, 'same_sentence'),                  # the query's own sentence: 4%
    (2.4, 'same_word'),                       # the query's own word: 1%
    (0.98, 'query_distance', 'DET', 0),       # itself, from determiners: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
