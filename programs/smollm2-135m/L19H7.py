"""Mainly a first-token sink; otherwise recent tokens, the query's own sentence and the previous token.

head: L19H7
heldout_iou: 0.585
heldout_iou_no_bos: 0.496
name: L19H7
form: terms
terms: 13
origin: synthesized (search/terms)
target: L19H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.39, 'first'),                          # a first-token sink: 57%
    (-0.78, 'log_distance'),                  # recent tokens: 29%
    (2.11, 'same_sentence'),                  # the query's own sentence: 29%
    (2.22, 'distance', 1),                    # the previous token: 17%
    (1.7, 'distance', 2),                     # the token 2 back: 7%
    (0.93, 'distance', 0),                    # the token itself: 4%
    (1.61, 'query_distance', 'DET', 1),       # the previous token, from determiners: 3%
    (4.5, 'pair', 'PERIOD', 'BOS'),           # period -> first token: 3%
    (-1.78, 'key_class', 'NAME'),             # away from names: 3%
    (0.7, 'query_distance', 'CONTENT', 2),    # the token 2 back, from content words: 2%
    (2.19, 'pair', 'CONJ', 'BOS'),            # conjunction -> first token: 2%
    (2.1, 'query_distance', 'PRON_OBJ', 1),   # the previous token, from object pronouns: 1%
    (0.7, 'last', 'PERIOD'),                  # the last period: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
