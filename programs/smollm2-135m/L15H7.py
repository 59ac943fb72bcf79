"""Mostly a first-token sink; otherwise recent tokens, earlier copies of the query token and content words.

head: L15H7
heldout_iou: 0.508
heldout_iou_no_bos: 0.360
name: L15H7
form: terms
terms: 8
origin: synthesized (search/terms)
target: L15H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.21, 'first'),                          # a first-token sink: 51%
    (-0.25, 'log_distance'),                  # recent tokens: 8%
    (1.19, 'same_token'),                     # earlier copies of the query token: 7%
    (0.44, 'key_class', 'CONTENT'),           # content words: 6%
    (0.76, 'key_class', 'PERIOD'),            # periods: 4%
    (0.67, 'key_token', '.'),                 # the token '.': 3%
    (0.23, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (0.12, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
