"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and the previous token.

head: L25H4
heldout_iou: 0.518
heldout_iou_no_bos: 0.436
name: L25H4
form: terms
terms: 13
origin: synthesized (search/terms)
target: L25H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.65, 'first'),                          # a first-token sink: 70%
    (-1.05, 'log_distance'),                  # recent tokens: 23%
    (1.78, 'same_sentence'),                  # the query's own sentence: 18%
    (1.59, 'distance', 1),                    # the previous token: 10%
    (-0.63, 'key_class', 'CONTENT'),          # away from content words: 4%
    (-1.53, 'pair', 'DET', 'BOS'),            # away from determiner -> first token: 3%
    (1.95, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 3%
    (-2.04, 'key_class', 'NAME'),             # away from names: 2%
    (0.98, 'query_distance', 'DET', 1),       # the previous token, from determiners: 2%
    (4.13, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (2.1, 'pair', 'PREP', 'BOS'),             # preposition -> first token: 1%
    (2.18, 'pair', 'CONJ', 'BOS'),            # conjunction -> first token: 1%
    (0.53, 'last', 'PERIOD'),                 # the last period: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
