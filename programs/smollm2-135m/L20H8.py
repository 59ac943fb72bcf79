"""Mostly a first-token sink; otherwise content words, the previous token, from conjunctions and the token after an earlier copy of the query (induction).

head: L20H8
heldout_iou: 0.774
heldout_iou_no_bos: 0.293
name: L20H8
form: terms
terms: 5
origin: synthesized (search/terms)
target: L20H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.28, 'first'),                          # a first-token sink: 90%
    (2.2, 'key_class', 'CONTENT'),            # content words: 4%
    (7.25, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 2%
    (3.27, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (3.3, 'key_class', 'NAME'),               # names: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
