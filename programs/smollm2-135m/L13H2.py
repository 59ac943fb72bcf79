"""Mainly a first-token sink; otherwise the query's own sentence, recent tokens and the token 2 back.

head: L13H2
heldout_iou: 0.526
heldout_iou_no_bos: 0.462
name: L13H2
form: terms
terms: 15
origin: synthesized (search/terms)
target: L13H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.54, 'first'),                          # a first-token sink: 46%
    (2.46, 'same_sentence'),                  # the query's own sentence: 36%
    (-0.44, 'log_distance'),                  # recent tokens: 20%
    (1.9, 'distance', 2),                     # the token 2 back: 13%
    (1.73, 'distance', 1),                    # the previous token: 13%
    (1.42, 'distance', 3),                    # the token 3 back: 6%
    (0.94, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 4%
    (-1.84, 'key_class', 'NAME'),             # away from names: 4%
    (-2.07, 'pair', 'NAME', 'BOS'),           # away from name -> first token: 3%
    (1.31, 'last', 'PERIOD'),                 # the last period: 3%
    (0.68, 'query_distance', 'CONTENT', 1),   # the previous token, from content words: 3%
    (1.04, 'key_class', 'PERIOD'),            # periods: 3%
    (-0.22, 'embed_cosine'),                  # away from tokens similar to the query: 3%
    (1.0, 'query_distance', 'CONTENT', 3),    # the token 3 back, from content words: 2%
    (1.51, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
