"""Mostly a first-token sink; otherwise recent tokens, content words and earlier copies of the query token.

head: L21H5
heldout_iou: 0.576
heldout_iou_no_bos: 0.456
name: L21H5
form: terms
terms: 8
origin: synthesized (search/terms)
target: L21H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.1, 'first'),                           # a first-token sink: 52%
    (-0.31, 'log_distance'),                  # recent tokens: 9%
    (0.41, 'key_class', 'CONTENT'),           # content words: 5%
    (0.68, 'same_token'),                     # earlier copies of the query token: 3%
    (0.31, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (1.54, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (0.68, 'key_class', 'NAME'),              # names: 2%
    (2.95, 'pair', 'PERIOD', 'NAME'),         # period -> name: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
