"""Mainly a first-token sink; otherwise the token ' the', away from the query's own word and earlier copies of the query token.

head: L5H6
heldout_iou: 0.517
heldout_iou_no_bos: 0.373
name: L5H6
form: terms
terms: 7
origin: synthesized (search/terms)
target: L5H6
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.43, 'first'),                          # a first-token sink: 45%
    (9.16, 'key_token', ' the'),              # the token ' the': 42%
    (-4.39, 'same_word'),                     # away from the query's own word: 23%
    (7.8, 'same_token'),                      # earlier copies of the query token: 11%
    (0.29, 'log_distance'),                   # distant tokens: 5%
    (2.5, 'key_class', 'CONTENT'),            # content words: 4%
    (0.14, 'embed_cosine'),                   # tokens similar to the query: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
