"""Mainly periods; otherwise recent tokens, the previous token and away from the last period.

head: L1H1
heldout_iou: 0.526
heldout_iou_no_bos: 0.527
name: L1H1
form: terms
terms: 15
origin: synthesized (search/terms)
target: L1H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.39, 'key_class', 'PERIOD'),            # periods: 35%
    (-0.75, 'log_distance'),                  # recent tokens: 28%
    (1.77, 'distance', 1),                    # the previous token: 17%
    (-1.05, 'last', 'PERIOD'),                # away from the last period: 15%
    (1.52, 'key_class', 'COMMA'),             # commas: 7%
    (1.52, 'key_token', ','),                 # the token ',': 7%
    (0.38, 'embed_cosine'),                   # tokens similar to the query: 5%
    (0.85, 'query_distance', 'CONTENT', 0),   # itself, from content words: 4%
    (0.25, 'distance', 0),                    # the token itself: 3%
    (0.21, 'same_token'),                     # earlier copies of the query token: 3%
    (0.15, 'same_word'),                      # the query's own word: 2%
    (0.89, 'key_token', ' the'),              # the token ' the': 2%
    (0.28, 'query_distance', 'CONTENT', 1),   # the previous token, from content words: 1%
    (-1.2, 'query_distance', 'PERIOD', 0),    # away from itself, from periods: 1%
    (1.31, 'key_distance', 'DET', 2),         # the token 2 back when a determiner: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
