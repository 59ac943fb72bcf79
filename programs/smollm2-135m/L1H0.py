"""Mainly periods; otherwise the previous token, recent tokens and tokens similar to the query.

head: L1H0
heldout_iou: 0.514
heldout_iou_no_bos: 0.514
name: L1H0
form: terms
terms: 16
origin: synthesized (search/terms)
target: L1H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.93, 'key_class', 'PERIOD'),            # periods: 30%
    (2.24, 'distance', 1),                    # the previous token: 22%
    (-0.51, 'log_distance'),                  # recent tokens: 22%
    (1.19, 'embed_cosine'),                   # tokens similar to the query: 15%
    (-1.07, 'last', 'PERIOD'),                # away from the last period: 13%
    (0.71, 'same_word'),                      # the query's own word: 10%
    (0.45, 'same_sentence'),                  # the query's own sentence: 7%
    (1.62, 'key_token', ' the'),              # the token ' the': 6%
    (2.0, 'key_class', 'COMMA'),              # commas: 6%
    (0.96, 'distance', 2),                    # the token 2 back: 4%
    (-0.2, 'distance', 0),                    # the token itself: 3%
    (-1.68, 'pair', 'PERIOD', 'PERIOD'),      # away from period -> period: 2%
    (0.39, 'query_distance', 'CONTENT', 0),   # itself, from content words: 2%
    (0.13, 'same_token'),                     # earlier copies of the query token: 2%
    (3.47, 'key_distance', 'NEWLINE', 1),     # the previous token when a newline: 1%
    (1.79, 'key_token', ' The'),              # the token ' The': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
