"""Mostly a first-token sink; otherwise content words, the query's own sentence and content word -> first token.

head: L20H0
heldout_iou: 0.612
heldout_iou_no_bos: 0.403
name: L20H0
form: terms
terms: 12
origin: synthesized (search/terms)
target: L20H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.21, 'first'),                          # a first-token sink: 69%
    (0.86, 'key_class', 'CONTENT'),           # content words: 6%
    (0.87, 'same_sentence'),                  # the query's own sentence: 6%
    (0.69, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 4%
    (1.3, 'key_class', 'PERIOD'),             # periods: 2%
    (1.58, 'key_class', 'NAME'),              # names: 2%
    (-1.07, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (1.57, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (3.05, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 1%
    (-1.18, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 1%
    (1.17, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (1.66, 'key_token', ' mother'),           # the token ' mother': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
