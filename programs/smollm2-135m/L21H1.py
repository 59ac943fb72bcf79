"""Mostly a first-token sink; otherwise recent tokens, content words and content word -> first token.

head: L21H1
heldout_iou: 0.568
heldout_iou_no_bos: 0.403
name: L21H1
form: terms
terms: 6
origin: synthesized (search/terms)
target: L21H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.11, 'first'),                          # a first-token sink: 66%
    (-0.64, 'log_distance'),                  # recent tokens: 13%
    (0.65, 'key_class', 'CONTENT'),           # content words: 6%
    (0.64, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 4%
    (0.97, 'key_class', 'PERIOD'),            # periods: 2%
    (-0.33, 'key_class', 'DET'),              # away from determiners: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
