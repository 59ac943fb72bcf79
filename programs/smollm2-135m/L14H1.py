"""Mostly a first-token sink; otherwise periods, recent tokens and content word -> first token.

head: L14H1
heldout_iou: 0.630
heldout_iou_no_bos: 0.408
name: L14H1
form: terms
terms: 10
origin: synthesized (search/terms)
target: L14H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.89, 'first'),                          # a first-token sink: 72%
    (1.1, 'key_class', 'PERIOD'),             # periods: 3%
    (-0.14, 'log_distance'),                  # recent tokens: 2%
    (0.28, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (0.7, 'same_token'),                      # earlier copies of the query token: 1%
    (-1.16, 'key_class', 'DET'),              # away from determiners: 1%
    (0.38, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (1.4, 'induction'),                       # the token after an earlier copy of the query (induction): 1%
    (0.28, 'after', 'CONTENT', 'CONTENT'),    # content word -> the token after a content word: 1%
    (-1.14, 'key_class', 'NAME'),             # away from names: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
