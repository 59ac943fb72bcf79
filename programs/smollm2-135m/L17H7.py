"""Mostly a first-token sink; otherwise recent tokens, content word -> first token and the query's own sentence.

head: L17H7
heldout_iou: 0.560
heldout_iou_no_bos: 0.389
name: L17H7
form: terms
terms: 7
origin: synthesized (search/terms)
target: L17H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.98, 'first'),                          # a first-token sink: 67%
    (-0.47, 'log_distance'),                  # recent tokens: 10%
    (0.98, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 6%
    (0.59, 'same_sentence'),                  # the query's own sentence: 6%
    (0.39, 'key_class', 'CONTENT'),           # content words: 3%
    (1.08, 'last', 'PERIOD'),                 # the last period: 2%
    (1.67, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
