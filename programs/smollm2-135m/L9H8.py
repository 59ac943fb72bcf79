"""Mainly a first-token sink; otherwise the token ' the', the token itself and the query's own word.

head: L9H8
heldout_iou: 0.497
heldout_iou_no_bos: 0.441
name: L9H8
form: terms
terms: 13
origin: synthesized (search/terms)
target: L9H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.03, 'first'),                          # a first-token sink: 33%
    (3.65, 'key_token', ' the'),              # the token ' the': 22%
    (2.02, 'distance', 0),                    # the token itself: 17%
    (1.53, 'same_word'),                      # the query's own word: 15%
    (1.35, 'distance', 1),                    # the previous token: 5%
    (-2.35, 'query_distance', 'DET', 0),      # away from itself, from determiners: 3%
    (-1.39, 'key_class', 'NAME'),             # away from names: 2%
    (0.95, 'distance', 2),                    # the token 2 back: 2%
    (2.77, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 2%
    (0.8, 'key_distance', 'CONTENT', 1),      # the previous token when a content word: 2%
    (1.25, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 2%
    (1.0, 'key_distance', 'CONTENT', 2),      # the token 2 back when a content word: 1%
    (0.52, 'after', 'PERIOD', 'CONTENT'),     # period -> the token after a content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
