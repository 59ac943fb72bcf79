"""Mostly a first-token sink; otherwise recent tokens, content words and periods.

head: L22H2
heldout_iou: 0.512
heldout_iou_no_bos: 0.387
name: L22H2
form: terms
terms: 13
origin: synthesized (search/terms)
target: L22H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.33, 'first'),                          # a first-token sink: 54%
    (-0.27, 'log_distance'),                  # recent tokens: 7%
    (0.55, 'key_class', 'CONTENT'),           # content words: 6%
    (1.27, 'key_class', 'PERIOD'),            # periods: 4%
    (0.44, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (1.33, 'key_class', 'NAME'),              # names: 3%
    (-1.1, 'pair', 'PERIOD', 'BOS'),          # away from period -> first token: 2%
    (0.23, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (1.26, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (1.91, 'key_token', ' mother'),           # the token ' mother': 1%
    (-0.36, 'key_class', 'DET'),              # away from determiners: 1%
    (0.77, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (2.39, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
