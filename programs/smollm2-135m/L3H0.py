"""Mostly the token ' the'; otherwise a first-token sink, the previous token and content word -> first token.

head: L3H0
heldout_iou: 0.524
heldout_iou_no_bos: 0.363
name: L3H0
form: terms
terms: 5
origin: synthesized (search/terms)
target: L3H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.05, 'key_token', ' the'),              # the token ' the': 48%
    (6.17, 'first'),                          # a first-token sink: 44%
    (1.95, 'distance', 1),                    # the previous token: 2%
    (0.46, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (-0.73, 'key_class', 'CONTENT'),          # away from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
