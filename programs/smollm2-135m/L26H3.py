"""Mostly a first-token sink; otherwise away from determiners and the token after an earlier copy of the query (induction).

head: L26H3
heldout_iou: 0.805
heldout_iou_no_bos: 0.332
name: L26H3
form: terms
terms: 3
origin: synthesized (search/terms)
target: L26H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.76, 'first'),                          # a first-token sink: 84%
    (-1.11, 'key_class', 'DET'),              # away from determiners: 1%
    (1.28, 'induction'),                      # the token after an earlier copy of the query (induction): 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
