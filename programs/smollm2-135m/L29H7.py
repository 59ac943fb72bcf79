"""Mostly a first-token sink; otherwise names, content word -> content word and content word -> first token.

head: L29H7
heldout_iou: 0.635
heldout_iou_no_bos: 0.377
name: L29H7
form: terms
terms: 4
origin: synthesized (search/terms)
target: L29H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.97, 'first'),                          # a first-token sink: 72%
    (1.81, 'key_class', 'NAME'),              # names: 5%
    (1.28, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 3%
    (0.43, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
