"""Mainly a first-token sink; otherwise the query's own sentence, recent tokens and the previous token.

head: L12H6
heldout_iou: 0.606
heldout_iou_no_bos: 0.554
name: L12H6
form: terms
terms: 14
origin: synthesized (search/terms)
target: L12H6
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.32, 'first'),                          # a first-token sink: 43%
    (2.41, 'same_sentence'),                  # the query's own sentence: 35%
    (-0.55, 'log_distance'),                  # recent tokens: 24%
    (0.78, 'distance', 1),                    # the previous token: 8%
    (0.81, 'distance', 2),                    # the token 2 back: 6%
    (2.41, 'last', 'PERIOD'),                 # the last period: 6%
    (-0.42, 'embed_cosine'),                  # away from tokens similar to the query: 5%
    (-0.24, 'key_class', 'CONTENT'),          # away from content words: 3%
    (-0.62, 'same_word'),                     # away from the query's own word: 3%
    (-0.73, 'key_class', 'DET'),              # away from determiners: 2%
    (1.03, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (-1.67, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
    (-0.55, 'key_class', 'NAME'),             # away from names: 1%
    (-0.15, 'distance', 0),                   # the token itself: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
