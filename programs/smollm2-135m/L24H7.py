"""Mostly a first-token sink; otherwise content words, recent tokens and periods.

head: L24H7
heldout_iou: 0.614
heldout_iou_no_bos: 0.398
name: L24H7
form: terms
terms: 11
origin: synthesized (search/terms)
target: L24H7
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.86, 'first'),                          # a first-token sink: 66%
    (0.54, 'key_class', 'CONTENT'),           # content words: 4%
    (-0.18, 'log_distance'),                  # recent tokens: 4%
    (1.24, 'key_class', 'PERIOD'),            # periods: 3%
    (1.93, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (0.8, 'key_class', 'NAME'),               # names: 1%
    (0.18, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (-0.51, 'key_class', 'DET'),              # away from determiners: 1%
    (2.1, 'pair', 'PERIOD', 'NAME'),          # period -> name: 1%
    (1.88, 'key_token', ' mother'),           # the token ' mother': 1%
    (2.53, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
