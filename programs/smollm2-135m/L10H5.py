"""Mainly the token ' the'; otherwise the previous token, a first-token sink and the token 2 back.

head: L10H5
heldout_iou: 0.441
heldout_iou_no_bos: 0.459
name: L10H5
form: terms
terms: 14
origin: synthesized (search/terms)
target: L10H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.51, 'key_token', ' the'),              # the token ' the': 36%
    (4.1, 'distance', 1),                     # the previous token: 29%
    (3.68, 'first'),                          # a first-token sink: 11%
    (3.26, 'distance', 2),                    # the token 2 back: 11%
    (-1.4, 'last', 'DET'),                    # away from the last determiner: 10%
    (2.88, 'distance', 0),                    # the token itself: 6%
    (4.12, 'query_distance', 'DET', 1),       # the previous token, from determiners: 5%
    (1.49, 'last', 'PERIOD'),                 # the last period: 5%
    (1.47, 'distance', 3),                    # the token 3 back: 2%
    (2.9, 'query_distance', 'PRON_OBJ', 1),   # the previous token, from object pronouns: 2%
    (0.9, 'last', 'CONJ'),                    # the last conjunction: 1%
    (1.12, 'query_distance', 'PRON_SUBJ', 1), # the previous token, from subject pronouns: 1%
    (0.89, 'distance', 4),                    # the token 4 back: 1%
    (-1.33, 'key_class', 'NAME'),             # away from names: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
