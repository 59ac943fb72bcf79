"""Mainly the token ' the'; otherwise recent tokens, the previous token and periods.

head: L10H2
heldout_iou: 0.450
heldout_iou_no_bos: 0.448
name: L10H2
form: terms
terms: 15
origin: synthesized (search/terms)
target: L10H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.24, 'key_token', ' the'),              # the token ' the': 24%
    (-0.72, 'log_distance'),                  # recent tokens: 24%
    (1.21, 'distance', 1),                    # the previous token: 13%
    (1.82, 'key_class', 'PERIOD'),            # periods: 11%
    (-1.15, 'last', 'DET'),                   # away from the last determiner: 10%
    (0.73, 'key_class', 'DET'),               # determiners: 9%
    (0.55, 'same_sentence'),                  # the query's own sentence: 8%
    (-0.67, 'key_class', 'CONTENT'),          # away from content words: 7%
    (3.98, 'query_distance', 'DET', 1),       # the previous token, from determiners: 6%
    (1.14, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 4%
    (-1.98, 'key_distance', 'DET', 1),        # away from the previous token when a determiner: 3%
    (4.06, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 2%
    (2.02, 'query_distance', 'PRON_SUBJ', 1), # the previous token, from subject pronouns: 2%
    (1.92, 'key_distance', 'PREP', 2),        # the token 2 back when a preposition: 2%
    (-1.55, 'key_class', 'NAME'),             # away from names: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
