"""Mostly a first-token sink; otherwise the token ' the', determiners and content words.

head: L7H5
heldout_iou: 0.563
heldout_iou_no_bos: 0.481
name: L7H5
form: terms
terms: 6
origin: synthesized (search/terms)
target: L7H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.65, 'first'),                          # a first-token sink: 36%
    (3.41, 'key_token', ' the'),              # the token ' the': 28%
    (0.18, 'key_class', 'DET'),               # determiners: 3%
    (0.29, 'key_class', 'CONTENT'),           # content words: 3%
    (0.42, 'pair', 'CONTENT', 'DET'),         # content word -> determiner: 2%
    (0.97, 'pair', 'PERIOD', 'CONTENT'),      # period -> content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
