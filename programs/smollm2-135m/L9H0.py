"""Mostly a first-token sink; otherwise the token ' the', determiners and content words.

head: L9H0
heldout_iou: 0.545
heldout_iou_no_bos: 0.334
name: L9H0
form: terms
terms: 7
origin: synthesized (search/terms)
target: L9H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.35, 'first'),                          # a first-token sink: 52%
    (6.71, 'key_token', ' the'),              # the token ' the': 38%
    (0.64, 'key_class', 'DET'),               # determiners: 8%
    (1.81, 'key_class', 'CONTENT'),           # content words: 3%
    (2.12, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 2%
    (5.29, 'query_distance', 'COMMA', 1),     # the previous token, from commas: 2%
    (6.47, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
