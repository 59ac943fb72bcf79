"""Mostly a first-token sink; otherwise recent tokens, periods and earlier copies of the query token.

head: L14H1
heldout_iou: 0.630
heldout_iou_no_bos: 0.409
name: L14H1
form: terms
terms: 8
origin: synthesized (search/terms)
target: L14H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.92, 'first'),                          # a first-token sink: 70%
    (-0.18, 'log_distance'),                  # recent tokens: 3%
    (1.17, 'key_class', 'PERIOD'),            # periods: 3%
    (0.77, 'same_token'),                     # earlier copies of the query token: 2%
    (-1.1, 'key_class', 'DET'),               # away from determiners: 1%
    (1.61, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (0.36, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (-1.05, 'key_class', 'NAME'),             # away from names: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
