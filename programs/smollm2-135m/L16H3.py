"""Mostly a first-token sink; otherwise recent tokens, content words and the query's own sentence.

head: L16H3
heldout_iou: 0.513
heldout_iou_no_bos: 0.405
name: L16H3
form: terms
terms: 14
origin: synthesized (search/terms)
target: L16H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.24, 'first'),                          # a first-token sink: 48%
    (-0.54, 'log_distance'),                  # recent tokens: 16%
    (0.48, 'key_class', 'CONTENT'),           # content words: 6%
    (0.41, 'same_sentence'),                  # the query's own sentence: 6%
    (0.44, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (0.83, 'key_class', 'PERIOD'),            # periods: 3%
    (-0.55, 'same_word'),                     # away from the query's own word: 3%
    (0.83, 'key_class', 'NAME'),              # names: 2%
    (0.33, 'last', 'CONTENT'),                # the last content word: 2%
    (-0.57, 'key_class', 'DET'),              # away from determiners: 1%
    (-0.91, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (0.45, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (-0.2, 'distance', 0),                    # the token itself: 1%
    (0.8, 'pair', 'NAME', 'BOS'),             # name -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
