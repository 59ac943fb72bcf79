"""Mainly recent tokens; otherwise the token ' the', the previous token and periods.

head: L10H2
heldout_iou: 0.458
heldout_iou_no_bos: 0.457
name: L10H2
form: terms
terms: 15
origin: synthesized (search/terms)
target: L10H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.98, 'log_distance'),                  # recent tokens: 31%
    (2.99, 'key_token', ' the'),              # the token ' the': 23%
    (1.42, 'distance', 1),                    # the previous token: 16%
    (1.89, 'key_class', 'PERIOD'),            # periods: 12%
    (-1.23, 'last', 'DET'),                   # away from the last determiner: 11%
    (0.91, 'key_class', 'DET'),               # determiners: 11%
    (-0.72, 'key_class', 'CONTENT'),          # away from content words: 7%
    (4.08, 'query_distance', 'DET', 1),       # the previous token, from determiners: 6%
    (1.04, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 3%
    (-2.32, 'key_distance', 'PERIOD', 1),     # away from the previous token when a period: 3%
    (4.16, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 2%
    (1.93, 'query_distance', 'PRON_SUBJ', 1), # the previous token, from subject pronouns: 2%
    (-1.57, 'key_class', 'NAME'),             # away from names: 2%
    (1.74, 'pair', 'PERIOD', 'DET'),          # period -> determiner: 2%
    (2.1, 'key_distance', 'PREP', 2),         # the token 2 back when a preposition: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
