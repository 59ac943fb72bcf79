"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and content words.

head: L21H6
heldout_iou: 0.482
heldout_iou_no_bos: 0.434
name: L21H6
form: terms
terms: 8
origin: synthesized (search/terms)
target: L21H6
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.08, 'first'),                          # a first-token sink: 46%
    (-0.57, 'log_distance'),                  # recent tokens: 19%
    (0.78, 'same_sentence'),                  # the query's own sentence: 12%
    (0.63, 'key_class', 'CONTENT'),           # content words: 9%
    (1.18, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 8%
    (1.69, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 3%
    (1.18, 'last', 'PERIOD'),                 # the last period: 3%
    (-1.13, 'key_class', 'DET'),              # away from determiners: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
