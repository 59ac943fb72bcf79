"""Mainly a first-token sink; otherwise the token ' the', determiners and the previous token when a content word.

head: L9H0
heldout_iou: 0.544
heldout_iou_no_bos: 0.342
name: L9H0
form: terms
terms: 8
origin: synthesized (search/terms)
target: L9H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.71, 'first'),                          # a first-token sink: 51%
    (5.89, 'key_token', ' the'),              # the token ' the': 37%
    (0.9, 'key_class', 'DET'),                # determiners: 13%
    (3.69, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 5%
    (1.36, 'last', 'CONTENT'),                # the last content word: 3%
    (3.32, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 2%
    (3.31, 'query_distance', 'COMMA', 1),     # the previous token, from commas: 1%
    (3.37, 'key_distance', 'NAME', 1),        # the previous token when a name: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
