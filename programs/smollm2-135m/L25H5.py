"""Mostly a first-token sink; otherwise the query's own sentence, the token itself and away from content words.

head: L25H5
heldout_iou: 0.756
heldout_iou_no_bos: 0.476
name: L25H5
form: terms
terms: 10
origin: synthesized (search/terms)
target: L25H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.2, 'first'),                           # a first-token sink: 82%
    (1.19, 'same_sentence'),                  # the query's own sentence: 8%
    (2.48, 'distance', 0),                    # the token itself: 6%
    (-0.42, 'key_class', 'CONTENT'),          # away from content words: 2%
    (0.93, 'query_distance', 'CONTENT', 0),   # itself, from content words: 2%
    (1.4, 'distance', 1),                     # the previous token: 1%
    (-0.31, 'pair', 'CONTENT', 'CONTENT'),    # away from content word -> content word: 1%
    (-1.26, 'key_class', 'NAME'),             # away from names: 1%
    (1.11, 'last', 'WH'),                     # the last wh-word: 1%
    (0.83, 'distance', 2),                    # the token 2 back: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
