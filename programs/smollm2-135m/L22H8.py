"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and content words.

head: L22H8
heldout_iou: 0.521
heldout_iou_no_bos: 0.447
name: L22H8
form: terms
terms: 10
origin: synthesized (search/terms)
target: L22H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.52, 'first'),                          # a first-token sink: 60%
    (-0.7, 'log_distance'),                   # recent tokens: 21%
    (0.93, 'same_sentence'),                  # the query's own sentence: 14%
    (0.56, 'key_class', 'CONTENT'),           # content words: 6%
    (0.91, 'distance', 1),                    # the previous token: 4%
    (0.34, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (-0.71, 'key_distance', 'CONTENT', 1),    # away from the previous token when a content word: 2%
    (1.71, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (0.4, 'distance', 2),                     # the token 2 back: 1%
    (0.12, 'last', 'CONTENT'),                # the last content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
