"""Mostly a first-token sink; otherwise recent tokens, content words and the query's own sentence.

head: L22H6
heldout_iou: 0.525
heldout_iou_no_bos: 0.360
name: L22H6
form: terms
terms: 14
origin: synthesized (search/terms)
target: L22H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.02, 'first'),                          # a first-token sink: 62%
    (-0.38, 'log_distance'),                  # recent tokens: 12%
    (0.42, 'key_class', 'CONTENT'),           # content words: 5%
    (0.31, 'same_sentence'),                  # the query's own sentence: 4%
    (0.71, 'last', 'CONTENT'),                # the last content word: 4%
    (0.82, 'query_distance', 'CONTENT', 0),   # itself, from content words: 2%
    (0.69, 'distance', 1),                    # the previous token: 2%
    (0.56, 'distance', 2),                    # the token 2 back: 2%
    (-1.34, 'key_class', 'DET'),              # away from determiners: 2%
    (1.11, 'last', 'PERIOD'),                 # the last period: 2%
    (0.18, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (0.81, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 1%
    (0.16, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (0.71, 'last', 'NAME'),                   # the last name: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
