"""Mainly a first-token sink; otherwise the token ' the', earlier copies of the query token and the token itself.

head: L8H1
heldout_iou: 0.518
heldout_iou_no_bos: 0.402
name: L8H1
form: terms
terms: 12
origin: synthesized (search/terms)
target: L8H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.9, 'first'),                           # a first-token sink: 40%
    (6.68, 'key_token', ' the'),              # the token ' the': 40%
    (5.77, 'same_token'),                     # earlier copies of the query token: 15%
    (-1.03, 'distance', 0),                   # the token itself: 5%
    (-0.94, 'same_word'),                     # away from the query's own word: 4%
    (1.34, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 4%
    (1.48, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 3%
    (0.14, 'log_distance'),                   # distant tokens: 3%
    (-0.42, 'last', 'DET'),                   # away from the last determiner: 3%
    (0.45, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (-0.9, 'query_distance', 'CONTENT', 0),   # away from itself, from content words: 1%
    (-0.53, 'last', 'CONTENT'),               # away from the last content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
