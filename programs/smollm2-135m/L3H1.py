"""Mainly a first-token sink; otherwise the token ' the', the previous token and content words.

head: L3H1
heldout_iou: 0.528
heldout_iou_no_bos: 0.329
name: L3H1
form: terms
terms: 5
origin: synthesized (search/terms)
target: L3H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.44, 'first'),                          # a first-token sink: 48%
    (9.03, 'key_token', ' the'),              # the token ' the': 47%
    (1.83, 'distance', 1),                    # the previous token: 2%
    (2.4, 'key_class', 'CONTENT'),            # content words: 1%
    (6.32, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
