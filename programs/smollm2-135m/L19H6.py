"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and away from content word -> first token.

head: L19H6
heldout_iou: 0.668
heldout_iou_no_bos: 0.485
name: L19H6
form: terms
terms: 11
origin: synthesized (search/terms)
target: L19H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.31, 'first'),                          # a first-token sink: 81%
    (2.55, 'same_sentence'),                  # the query's own sentence: 14%
    (-0.32, 'log_distance'),                  # recent tokens: 7%
    (-0.37, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 2%
    (0.78, 'distance', 1),                    # the previous token: 2%
    (0.6, 'distance', 2),                     # the token 2 back: 1%
    (1.48, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (-1.35, 'key_class', 'NAME'),             # away from names: 1%
    (1.41, 'last', 'PERIOD'),                 # the last period: 1%
    (0.43, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 1%
    (0.39, 'distance', 3),                    # the token 3 back: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
