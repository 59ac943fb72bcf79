"""Mainly a first-token sink; otherwise the token ' the', the query's own word and the token itself.

head: L6H8
heldout_iou: 0.536
heldout_iou_no_bos: 0.480
name: L6H8
form: terms
terms: 8
origin: synthesized (search/terms)
target: L6H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.08, 'first'),                          # a first-token sink: 34%
    (3.78, 'key_token', ' the'),              # the token ' the': 23%
    (1.91, 'same_word'),                      # the query's own word: 21%
    (1.9, 'distance', 0),                     # the token itself: 21%
    (0.22, 'same_token'),                     # earlier copies of the query token: 4%
    (-2.25, 'query_distance', 'DET', 0),      # away from itself, from determiners: 3%
    (-0.42, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 3%
    (-0.21, 'pair', 'CONTENT', 'CONTENT'),    # away from content word -> content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
