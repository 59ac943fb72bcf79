"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and the previous token.

head: L26H7
heldout_iou: 0.596
heldout_iou_no_bos: 0.466
name: L26H7
form: terms
terms: 14
origin: synthesized (search/terms)
target: L26H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.14, 'first'),                          # a first-token sink: 73%
    (1.86, 'same_sentence'),                  # the query's own sentence: 17%
    (-0.7, 'log_distance'),                   # recent tokens: 17%
    (0.92, 'distance', 1),                    # the previous token: 3%
    (1.48, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 2%
    (-0.25, 'key_class', 'CONTENT'),          # away from content words: 2%
    (-0.28, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 2%
    (-1.63, 'key_class', 'NAME'),             # away from names: 2%
    (1.63, 'query_distance', 'CONTENT', 3),   # the token 3 back, from content words: 2%
    (0.34, 'same_token'),                     # earlier copies of the query token: 2%
    (0.31, 'distance', 0),                    # the token itself: 2%
    (0.29, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (-0.43, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 1%
    (1.59, 'pair', 'CONJ', 'BOS'),            # conjunction -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
