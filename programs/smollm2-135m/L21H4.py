"""Mostly a first-token sink; otherwise recent tokens, content words and content word -> first token.

head: L21H4
heldout_iou: 0.553
heldout_iou_no_bos: 0.422
name: L21H4
form: terms
terms: 8
origin: synthesized (search/terms)
target: L21H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.86, 'first'),                          # a first-token sink: 59%
    (-0.57, 'log_distance'),                  # recent tokens: 14%
    (0.77, 'key_class', 'CONTENT'),           # content words: 8%
    (0.62, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 4%
    (-1.56, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (0.81, 'key_class', 'PERIOD'),            # periods: 2%
    (1.2, 'key_class', 'NAME'),               # names: 2%
    (-0.37, 'key_class', 'DET'),              # away from determiners: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
