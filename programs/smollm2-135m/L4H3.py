"""Mostly the token ' the'; otherwise a first-token sink, content word -> the token after a 'to' and content word -> the token after a preposition.

head: L4H3
heldout_iou: 0.600
heldout_iou_no_bos: 0.371
name: L4H3
form: terms
terms: 5
origin: synthesized (search/terms)
target: L4H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (10.62, 'key_token', ' the'),             # the token ' the': 53%
    (9.57, 'first'),                          # a first-token sink: 40%
    (3.04, 'after', 'CONTENT', 'TO'),         # content word -> the token after a 'to': 5%
    (2.23, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 4%
    (1.23, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
