"""Mostly a first-token sink; otherwise away from the query's own sentence, earlier copies of the query token and away from the last content word.

head: L15H6
heldout_iou: 0.717
heldout_iou_no_bos: 0.293
name: L15H6
form: terms
terms: 4
origin: synthesized (search/terms)
target: L15H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.75, 'first'),                          # a first-token sink: 89%
    (-1.22, 'same_sentence'),                 # away from the query's own sentence: 3%
    (3.42, 'same_token'),                     # earlier copies of the query token: 2%
    (-0.61, 'last', 'CONTENT'),               # away from the last content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
