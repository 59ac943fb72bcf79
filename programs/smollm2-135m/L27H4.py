"""Mainly a first-token sink; otherwise recent tokens, the query's own sentence and the token itself.

head: L27H4
heldout_iou: 0.598
heldout_iou_no_bos: 0.585
name: L27H4
form: terms
terms: 15
origin: synthesized (search/terms)
target: L27H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.31, 'first'),                          # a first-token sink: 53%
    (-0.54, 'log_distance'),                  # recent tokens: 25%
    (1.32, 'same_sentence'),                  # the query's own sentence: 23%
    (2.04, 'distance', 0),                    # the token itself: 17%
    (1.91, 'distance', 1),                    # the previous token: 12%
    (0.44, 'embed_cosine'),                   # tokens similar to the query: 7%
    (2.64, 'query_distance', 'DET', 1),       # the previous token, from determiners: 5%
    (0.87, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 3%
    (0.35, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (1.18, 'pair', 'NAME', 'BOS'),            # name -> first token: 2%
    (0.99, 'distance', 2),                    # the token 2 back: 2%
    (-0.45, 'query_distance', 'CONTENT', 1),  # away from the previous token, from content words: 1%
    (0.68, 'key_distance', 'CONTENT', 2),     # the token 2 back when a content word: 1%
    (-1.15, 'pair', 'PERIOD', 'CONTENT'),     # away from period -> content word: 1%
    (0.73, 'key_distance', 'PREP', 1),        # the previous token when a preposition: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
