"""Mainly a first-token sink; otherwise the query's own sentence, recent tokens and the previous token.

head: L12H6
heldout_iou: 0.617
heldout_iou_no_bos: 0.551
name: L12H6
form: terms
terms: 14
origin: synthesized (search/terms)
target: L12H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.56, 'first'),                          # a first-token sink: 43%
    (2.52, 'same_sentence'),                  # the query's own sentence: 37%
    (-0.37, 'log_distance'),                  # recent tokens: 18%
    (1.28, 'distance', 1),                    # the previous token: 11%
    (1.2, 'distance', 2),                     # the token 2 back: 8%
    (2.59, 'last', 'PERIOD'),                 # the last period: 6%
    (-0.79, 'same_word'),                     # away from the query's own word: 6%
    (0.83, 'distance', 3),                    # the token 3 back: 4%
    (-0.22, 'embed_cosine'),                  # away from tokens similar to the query: 3%
    (1.46, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (-0.57, 'key_class', 'DET'),              # away from determiners: 2%
    (0.45, 'distance', 0),                    # the token itself: 2%
    (-0.19, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
    (0.4, 'query_distance', 'CONTENT', 0),    # itself, from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
