"""Mostly a first-token sink; otherwise recent tokens, content word -> first token and periods.

head: L18H3
heldout_iou: 0.539
heldout_iou_no_bos: 0.434
name: L18H3
form: terms
terms: 8
origin: synthesized (search/terms)
target: L18H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.53, 'first'),                          # a first-token sink: 59%
    (-0.5, 'log_distance'),                   # recent tokens: 13%
    (1.07, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 7%
    (1.46, 'key_class', 'PERIOD'),            # periods: 6%
    (0.46, 'same_sentence'),                  # the query's own sentence: 5%
    (0.22, 'key_class', 'CONTENT'),           # content words: 2%
    (2.24, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (-0.74, 'key_class', 'DET'),              # away from determiners: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
