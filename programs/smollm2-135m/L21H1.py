"""Mostly a first-token sink; otherwise recent tokens, content words and content word -> first token.

head: L21H1
heldout_iou: 0.575
heldout_iou_no_bos: 0.402
name: L21H1
form: terms
terms: 11
origin: synthesized (search/terms)
target: L21H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.2, 'first'),                           # a first-token sink: 66%
    (-0.59, 'log_distance'),                  # recent tokens: 12%
    (1.02, 'key_class', 'CONTENT'),           # content words: 9%
    (0.89, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 6%
    (1.66, 'pair', 'NAME', 'BOS'),            # name -> first token: 2%
    (0.76, 'key_class', 'PERIOD'),            # periods: 2%
    (0.58, 'key_token', '.'),                 # the token '.': 1%
    (0.31, 'last', 'CONTENT'),                # the last content word: 1%
    (1.25, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (0.56, 'key_class', 'NAME'),              # names: 1%
    (1.92, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
