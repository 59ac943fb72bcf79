"""Mainly the token ' the'; otherwise a first-token sink, earlier copies of the query token and away from the query's own word.

head: L8H0
heldout_iou: 0.512
heldout_iou_no_bos: 0.462
name: L8H0
form: terms
terms: 7
origin: synthesized (search/terms)
target: L8H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.96, 'key_token', ' the'),              # the token ' the': 41%
    (6.17, 'first'),                          # a first-token sink: 37%
    (6.25, 'same_token'),                     # earlier copies of the query token: 18%
    (-1.11, 'same_word'),                     # away from the query's own word: 11%
    (0.28, 'log_distance'),                   # distant tokens: 9%
    (0.7, 'key_class', 'CONTENT'),            # content words: 3%
    (0.48, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
