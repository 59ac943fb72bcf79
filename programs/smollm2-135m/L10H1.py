"""Mainly recent tokens; otherwise the token itself, away from the last determiner and the token ' the'.

head: L10H1
heldout_iou: 0.357
heldout_iou_no_bos: 0.356
name: L10H1
form: terms
terms: 15
origin: synthesized (search/terms)
target: L10H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-1.52, 'log_distance'),                  # recent tokens: 45%
    (-2.51, 'distance', 0),                   # the token itself: 28%
    (-2.04, 'last', 'DET'),                   # away from the last determiner: 18%
    (2.45, 'key_token', ' the'),              # the token ' the': 17%
    (1.42, 'key_class', 'DET'),               # determiners: 15%
    (1.49, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 8%
    (2.16, 'query_distance', 'DET', 1),       # the previous token, from determiners: 4%
    (1.0, 'last', 'PREP'),                    # the last preposition: 4%
    (0.65, 'last', 'AUX'),                    # the last auxiliary: 3%
    (-1.71, 'key_class', 'NAME'),             # away from names: 3%
    (0.35, 'key_class', 'AUX'),               # auxiliaries: 2%
    (0.33, 'key_class', 'PERIOD'),            # periods: 1%
    (2.03, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 1%
    (0.23, 'key_token', '.'),                 # the token '.': 1%
    (-1.39, 'last', 'NAME'),                  # away from the last name: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
