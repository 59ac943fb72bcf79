"""Mainly the token ' the'; otherwise the previous token, a first-token sink and the token 2 back.

head: L10H5
heldout_iou: 0.431
heldout_iou_no_bos: 0.444
name: L10H5
form: terms
terms: 15
origin: synthesized (search/terms)
target: L10H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.99, 'key_token', ' the'),              # the token ' the': 32%
    (4.06, 'distance', 1),                    # the previous token: 27%
    (3.52, 'first'),                          # a first-token sink: 13%
    (2.96, 'distance', 2),                    # the token 2 back: 10%
    (-1.38, 'last', 'DET'),                   # away from the last determiner: 9%
    (2.59, 'distance', 0),                    # the token itself: 7%
    (1.31, 'last', 'PERIOD'),                 # the last period: 4%
    (2.27, 'query_distance', 'DET', 1),       # the previous token, from determiners: 4%
    (1.6, 'distance', 3),                     # the token 3 back: 3%
    (-1.96, 'key_class', 'NAME'),             # away from names: 3%
    (0.74, 'last', 'PREP'),                   # the last preposition: 2%
    (-1.57, 'key_distance', 'DET', 1),        # away from the previous token when a determiner: 1%
    (2.08, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 1%
    (1.06, 'query_distance', 'PERIOD', 0),    # itself, from periods: 1%
    (0.64, 'query_distance', 'CONTENT', 3),   # the token 3 back, from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
