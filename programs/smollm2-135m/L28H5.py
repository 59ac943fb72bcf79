"""Mainly a first-token sink; otherwise recent tokens, the query's own sentence and earlier copies of the query token.

head: L28H5
heldout_iou: 0.522
heldout_iou_no_bos: 0.494
name: L28H5
form: terms
terms: 16
origin: synthesized (search/terms)
target: L28H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.56, 'first'),                          # a first-token sink: 34%
    (-0.55, 'log_distance'),                  # recent tokens: 26%
    (1.29, 'same_sentence'),                  # the query's own sentence: 24%
    (0.82, 'same_token'),                     # earlier copies of the query token: 11%
    (1.9, 'key_class', 'PERIOD'),             # periods: 9%
    (-3.02, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 4%
    (2.71, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 4%
    (0.13, 'embed_cosine'),                   # tokens similar to the query: 2%
    (0.26, 'last', 'CONTENT'),                # the last content word: 2%
    (1.91, 'query_distance', 'DET', 1),       # the previous token, from determiners: 2%
    (0.79, 'pair', 'DET', 'DET'),             # determiner -> determiner: 1%
    (-0.15, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 1%
    (-0.05, 'same_word'),                     # away from the query's own word: 1%
    (0.04, 'distance', 0),                    # the token itself: 1%
    (1.46, 'key_token', '\n'),                # the token '\n': 1%
    (1.0, 'pair', 'TO', 'BOS'),               # 'to' -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
