"""Mainly a first-token sink; otherwise recent tokens, the query's own sentence and the previous token.

head: L22H3
heldout_iou: 0.519
heldout_iou_no_bos: 0.467
name: L22H3
form: terms
terms: 13
origin: synthesized (search/terms)
target: L22H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.51, 'first'),                          # a first-token sink: 49%
    (-0.75, 'log_distance'),                  # recent tokens: 30%
    (1.06, 'same_sentence'),                  # the query's own sentence: 20%
    (1.18, 'distance', 1),                    # the previous token: 10%
    (0.56, 'distance', 2),                    # the token 2 back: 2%
    (1.45, 'query_distance', 'DET', 1),       # the previous token, from determiners: 2%
    (0.19, 'same_token'),                     # earlier copies of the query token: 2%
    (0.19, 'distance', 0),                    # the token itself: 2%
    (1.37, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (-0.2, 'pair', 'CONTENT', 'BOS'),         # away from content word -> first token: 2%
    (1.22, 'query_distance', 'DET', 0),       # itself, from determiners: 1%
    (0.53, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 1%
    (0.27, 'key_class', 'PERIOD'),            # periods: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
