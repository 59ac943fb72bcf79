"""Mostly a first-token sink; otherwise the token after an earlier copy of the query (induction).

head: L17H3
heldout_iou: 0.847
heldout_iou_no_bos: 0.241
name: L17H3
form: terms
terms: 2
origin: synthesized (search/terms)
target: L17H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (9.93, 'first'),                          # a first-token sink: 92%
    (5.97, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
