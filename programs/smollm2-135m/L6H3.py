"""Mostly a first-token sink; otherwise the token ' the', determiners and content words.

head: L6H3
heldout_iou: 0.553
heldout_iou_no_bos: 0.439
name: L6H3
form: terms
terms: 8
origin: synthesized (search/terms)
target: L6H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.18, 'first'),                          # a first-token sink: 41%
    (3.81, 'key_token', ' the'),              # the token ' the': 30%
    (0.25, 'key_class', 'DET'),               # determiners: 4%
    (0.23, 'key_class', 'CONTENT'),           # content words: 2%
    (0.47, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 2%
    (-1.53, 'pair', 'AUX', 'BOS'),            # away from auxiliary -> first token: 1%
    (0.62, 'pair', 'DET', 'DET'),             # determiner -> determiner: 1%
    (2.04, 'pair', 'AUX', 'AUX'),             # auxiliary -> auxiliary: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
