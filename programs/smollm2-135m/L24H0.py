"""Mostly a first-token sink; otherwise prepositions, content words and determiner -> first token.

head: L24H0
heldout_iou: 0.832
heldout_iou_no_bos: 0.307
name: L24H0
form: terms
terms: 4
origin: synthesized (search/terms)
target: L24H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.34, 'first'),                          # a first-token sink: 87%
    (1.56, 'key_class', 'PREP'),              # prepositions: 1%
    (0.36, 'key_class', 'CONTENT'),           # content words: 1%
    (0.93, 'pair', 'DET', 'BOS'),             # determiner -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
