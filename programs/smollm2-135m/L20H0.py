"""Mostly a first-token sink; otherwise content words, the query's own sentence and content word -> first token.

head: L20H0
heldout_iou: 0.614
heldout_iou_no_bos: 0.404
name: L20H0
form: terms
terms: 12
origin: synthesized (search/terms)
target: L20H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.19, 'first'),                          # a first-token sink: 69%
    (0.81, 'key_class', 'CONTENT'),           # content words: 6%
    (0.82, 'same_sentence'),                  # the query's own sentence: 6%
    (0.68, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 4%
    (1.2, 'key_class', 'PERIOD'),             # periods: 2%
    (1.39, 'key_class', 'NAME'),              # names: 2%
    (-1.01, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (1.47, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (2.92, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 1%
    (-1.19, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 1%
    (1.17, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (1.75, 'key_token', ' mother'),           # the token ' mother': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
