"""Mainly recent tokens; otherwise the token ' the', the previous token and away from the last determiner.

head: L10H6
heldout_iou: 0.452
heldout_iou_no_bos: 0.453
name: L10H6
form: terms
terms: 15
origin: synthesized (search/terms)
target: L10H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.81, 'log_distance'),                  # recent tokens: 30%
    (3.0, 'key_token', ' the'),               # the token ' the': 18%
    (1.16, 'distance', 1),                    # the previous token: 12%
    (-1.01, 'last', 'DET'),                   # away from the last determiner: 8%
    (1.67, 'query_distance', 'DET', 1),       # the previous token, from determiners: 3%
    (-0.61, 'query_distance', 'CONTENT', 1),  # away from the previous token, from content words: 3%
    (0.38, 'distance', 2),                    # the token 2 back: 3%
    (1.55, 'query_distance', 'NAME', 0),      # itself, from names: 2%
    (-1.44, 'key_distance', 'NAME', 1),       # away from the previous token when a name: 1%
    (1.83, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 1%
    (-0.9, 'key_distance', 'DET', 1),         # away from the previous token when a determiner: 1%
    (1.49, 'query_distance', 'DET', 2),       # the token 2 back, from determiners: 1%
    (0.22, 'key_class', 'PERIOD'),            # periods: 1%
    (1.75, 'key_token', ' The'),              # the token ' The': 1%
    (-1.2, 'query_distance', 'PERIOD', 1),    # away from the previous token, from periods: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
