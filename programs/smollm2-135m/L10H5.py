"""Mainly the token ' the'; otherwise the previous token, away from the last determiner and the token 2 back.

head: L10H5
heldout_iou: 0.439
heldout_iou_no_bos: 0.455
name: L10H5
form: terms
terms: 14
origin: synthesized (search/terms)
target: L10H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.67, 'key_token', ' the'),              # the token ' the': 37%
    (3.77, 'distance', 1),                    # the previous token: 28%
    (-1.63, 'last', 'DET'),                   # away from the last determiner: 12%
    (3.03, 'distance', 2),                    # the token 2 back: 11%
    (3.73, 'first'),                          # a first-token sink: 11%
    (0.58, 'same_sentence'),                  # the query's own sentence: 8%
    (2.58, 'distance', 0),                    # the token itself: 6%
    (4.12, 'query_distance', 'DET', 1),       # the previous token, from determiners: 5%
    (1.69, 'last', 'PERIOD'),                 # the last period: 5%
    (2.86, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 2%
    (1.08, 'distance', 3),                    # the token 3 back: 2%
    (1.11, 'query_distance', 'PRON_SUBJ', 1), # the previous token, from subject pronouns: 1%
    (-1.41, 'key_class', 'NAME'),             # away from names: 1%
    (0.81, 'distance', 4),                    # the token 4 back: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
