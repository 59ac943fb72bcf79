"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and content words.

head: L22H6
heldout_iou: 0.530
heldout_iou_no_bos: 0.366
name: L22H6
form: terms
terms: 13
origin: synthesized (search/terms)
target: L22H6
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.68, 'first'),                          # a first-token sink: 69%
    (-0.52, 'log_distance'),                  # recent tokens: 13%
    (0.73, 'same_sentence'),                  # the query's own sentence: 7%
    (0.58, 'key_class', 'CONTENT'),           # content words: 5%
    (1.37, 'key_class', 'PERIOD'),            # periods: 3%
    (0.34, 'last', 'CONTENT'),                # the last content word: 2%
    (1.24, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (-0.12, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
    (0.71, 'key_class', 'NAME'),              # names: 1%
    (0.11, 'same_word'),                      # the query's own word: 1%
    (0.19, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
    (0.1, 'distance', 0),                     # the token itself: 1%
    (-0.36, 'key_class', 'DET'),              # away from determiners: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
