"""Mostly a first-token sink; otherwise content words, the token after an earlier copy of the query (induction) and content word -> first token.

head: L24H7
heldout_iou: 0.600
heldout_iou_no_bos: 0.372
name: L24H7
form: terms
terms: 8
origin: synthesized (search/terms)
target: L24H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.76, 'first'),                          # a first-token sink: 68%
    (0.82, 'key_class', 'CONTENT'),           # content words: 7%
    (1.86, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (0.36, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (0.76, 'key_class', 'NAME'),              # names: 1%
    (0.69, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (-0.71, 'key_class', 'DET'),              # away from determiners: 1%
    (2.59, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
