"""Mostly a first-token sink; otherwise the last content word, content word -> first token and itself, from content words.

head: L29H6
heldout_iou: 0.692
heldout_iou_no_bos: 0.421
name: L29H6
form: terms
terms: 7
origin: synthesized (search/terms)
target: L29H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.05, 'first'),                          # a first-token sink: 76%
    (1.71, 'last', 'CONTENT'),                # the last content word: 3%
    (0.47, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (1.27, 'query_distance', 'CONTENT', 0),   # itself, from content words: 2%
    (1.28, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (0.38, 'key_class', 'NAME'),              # names: 1%
    (0.74, 'last', 'NAME'),                   # the last name: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
