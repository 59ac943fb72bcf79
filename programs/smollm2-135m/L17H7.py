"""Mostly a first-token sink; otherwise recent tokens, content word -> first token and content words.

head: L17H7
heldout_iou: 0.556
heldout_iou_no_bos: 0.390
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
    (5.05, 'first'),                          # a first-token sink: 70%
    (-0.61, 'log_distance'),                  # recent tokens: 11%
    (1.15, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 6%
    (0.4, 'key_class', 'CONTENT'),            # content words: 3%
    (0.3, 'same_sentence'),                   # the query's own sentence: 3%
    (1.8, 'pair', 'NAME', 'BOS'),             # name -> first token: 2%
    (-0.8, 'key_class', 'DET'),               # away from determiners: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
