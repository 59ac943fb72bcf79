"""Mostly a first-token sink; otherwise content words, the query's own sentence and content word -> first token.

head: L20H0
heldout_iou: 0.604
heldout_iou_no_bos: 0.396
name: L20H0
form: terms
terms: 9
origin: synthesized (search/terms)
target: L20H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.25, 'first'),                          # a first-token sink: 71%
    (0.97, 'key_class', 'CONTENT'),           # content words: 7%
    (1.02, 'same_sentence'),                  # the query's own sentence: 7%
    (0.96, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 5%
    (1.14, 'key_class', 'NAME'),              # names: 2%
    (1.42, 'pair', 'NAME', 'BOS'),            # name -> first token: 2%
    (-1.26, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 1%
    (1.48, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (2.31, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
