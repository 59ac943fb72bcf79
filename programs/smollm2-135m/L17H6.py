"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and content words.

head: L17H6
heldout_iou: 0.610
heldout_iou_no_bos: 0.491
name: L17H6
form: terms
terms: 8
origin: synthesized (search/terms)
target: L17H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.88, 'first'),                          # a first-token sink: 58%
    (-0.57, 'log_distance'),                  # recent tokens: 16%
    (0.67, 'same_sentence'),                  # the query's own sentence: 9%
    (0.4, 'key_class', 'CONTENT'),            # content words: 4%
    (0.56, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 4%
    (0.97, 'key_class', 'PERIOD'),            # periods: 3%
    (-1.18, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (0.97, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
