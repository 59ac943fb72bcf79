"""Mostly a first-token sink; otherwise the query's own sentence, the previous token and the token 2 back.

head: L13H6
heldout_iou: 0.484
heldout_iou_no_bos: 0.389
name: L13H6
form: terms
terms: 15
origin: synthesized (search/terms)
target: L13H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.84, 'first'),                          # a first-token sink: 47%
    (1.83, 'same_sentence'),                  # the query's own sentence: 29%
    (1.71, 'distance', 1),                    # the previous token: 11%
    (0.98, 'distance', 2),                    # the token 2 back: 5%
    (0.4, 'embed_cosine'),                    # tokens similar to the query: 4%
    (0.57, 'last', 'CONTENT'),                # the last content word: 4%
    (1.08, 'last', 'PREP'),                   # the last preposition: 4%
    (0.43, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (0.87, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 2%
    (0.56, 'distance', 3),                    # the token 3 back: 2%
    (1.36, 'key_distance', 'CONTENT', 4),     # the token 4 back when a content word: 2%
    (-1.33, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (-1.28, 'after', 'CONTENT', 'PERIOD'),    # away from content word -> the token after a period: 1%
    (0.12, 'key_class', 'PREP'),              # prepositions: 1%
    (0.4, 'key_distance', 'CONTENT', 3),      # the token 3 back when a content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
