"""Mainly the token ' the'; otherwise a first-token sink, earlier copies of the query token and content word -> content word.

head: L4H0
heldout_iou: 0.495
heldout_iou_no_bos: 0.429
name: L4H0
form: terms
terms: 6
origin: synthesized (search/terms)
target: L4H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.75, 'key_token', ' the'),              # the token ' the': 30%
    (3.48, 'first'),                          # a first-token sink: 28%
    (1.73, 'same_token'),                     # earlier copies of the query token: 11%
    (0.73, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 4%
    (0.24, 'embed_cosine'),                   # tokens similar to the query: 3%
    (1.01, 'key_class', 'PERIOD'),            # periods: 3%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
