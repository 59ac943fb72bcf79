"""Mainly recent tokens; otherwise periods, the previous token and tokens similar to the query.

head: L1H0
heldout_iou: 0.517
heldout_iou_no_bos: 0.517
name: L1H0
form: terms
terms: 14
origin: synthesized (search/terms)
target: L1H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.85, 'log_distance'),                  # recent tokens: 33%
    (3.86, 'key_class', 'PERIOD'),            # periods: 25%
    (1.82, 'distance', 1),                    # the previous token: 21%
    (1.22, 'embed_cosine'),                   # tokens similar to the query: 17%
    (-1.21, 'last', 'PERIOD'),                # away from the last period: 14%
    (0.85, 'query_distance', 'CONTENT', 1),   # the previous token, from content words: 6%
    (1.33, 'key_class', 'COMMA'),             # commas: 6%
    (1.33, 'key_token', ','),                 # the token ',': 6%
    (0.9, 'query_distance', 'CONTENT', 0),    # itself, from content words: 5%
    (0.75, 'distance', 2),                    # the token 2 back: 4%
    (0.75, 'key_token', ' the'),              # the token ' the': 2%
    (-1.31, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 2%
    (-1.38, 'query_distance', 'COMMA', 0),    # away from itself, from commas: 1%
    (0.73, 'key_distance', 'DET', 2),         # the token 2 back when a determiner: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
