"""Mostly a first-token sink; otherwise content words, the previous token, from conjunctions and the token after an earlier copy of the query (induction).

head: L20H8
heldout_iou: 0.777
heldout_iou_no_bos: 0.303
name: L20H8
form: terms
terms: 6
origin: synthesized (search/terms)
target: L20H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.81, 'first'),                          # a first-token sink: 90%
    (1.9, 'key_class', 'CONTENT'),            # content words: 3%
    (6.5, 'query_distance', 'CONJ', 1),       # the previous token, from conjunctions: 1%
    (2.82, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (2.86, 'key_class', 'NAME'),              # names: 1%
    (0.39, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
