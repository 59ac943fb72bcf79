"""Mostly a first-token sink; otherwise the token ' the', distant tokens and content words.

head: L9H0
heldout_iou: 0.547
heldout_iou_no_bos: 0.361
name: L9H0
form: terms
terms: 11
origin: synthesized (search/terms)
target: L9H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.1, 'first'),                           # a first-token sink: 51%
    (6.3, 'key_token', ' the'),               # the token ' the': 37%
    (0.31, 'log_distance'),                   # distant tokens: 7%
    (0.98, 'key_class', 'CONTENT'),           # content words: 2%
    (2.39, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 2%
    (6.53, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 2%
    (5.37, 'query_distance', 'COMMA', 1),     # the previous token, from commas: 2%
    (1.31, 'same_token'),                     # earlier copies of the query token: 1%
    (-3.12, 'last', 'NUMBER'),                # away from the last number: 1%
    (4.23, 'key_class', 'NUMBER'),            # numbers: 1%
    (-0.52, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
