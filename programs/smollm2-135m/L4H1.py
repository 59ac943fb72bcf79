"""Mostly a first-token sink; otherwise the token ' the', content word -> content word and distant tokens.

head: L4H1
heldout_iou: 0.502
heldout_iou_no_bos: 0.408
name: L4H1
form: terms
terms: 8
origin: synthesized (search/terms)
target: L4H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.31, 'first'),                          # a first-token sink: 34%
    (2.82, 'key_token', ' the'),              # the token ' the': 19%
    (0.95, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 5%
    (0.15, 'log_distance'),                   # distant tokens: 5%
    (0.96, 'same_token'),                     # earlier copies of the query token: 4%
    (0.96, 'key_class', 'PERIOD'),            # periods: 3%
    (0.15, 'key_class', 'CONTENT'),           # content words: 2%
    (0.5, 'pair', 'DET', 'DET'),              # determiner -> determiner: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
