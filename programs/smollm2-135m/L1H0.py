"""Mainly recent tokens; otherwise periods, tokens similar to the query and away from the last period.

head: L1H0
heldout_iou: 0.527
heldout_iou_no_bos: 0.528
name: L1H0
form: terms
terms: 16
origin: synthesized (search/terms)
target: L1H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.93, 'log_distance'),                  # recent tokens: 36%
    (3.98, 'key_class', 'PERIOD'),            # periods: 29%
    (1.57, 'embed_cosine'),                   # tokens similar to the query: 19%
    (-1.36, 'last', 'PERIOD'),                # away from the last period: 18%
    (1.34, 'distance', 1),                    # the previous token: 16%
    (2.22, 'key_class', 'COMMA'),             # commas: 6%
    (0.93, 'query_distance', 'CONTENT', 1),   # the previous token, from content words: 5%
    (1.45, 'key_token', ' the'),              # the token ' the': 5%
    (0.64, 'distance', 2),                    # the token 2 back: 3%
    (-1.97, 'pair', 'PERIOD', 'PERIOD'),      # away from period -> period: 2%
    (-1.31, 'query_distance', 'DET', 0),      # away from itself, from determiners: 2%
    (1.76, 'query_distance', 'AUX', 1),       # the previous token, from auxiliaries: 2%
    (1.32, 'word_start'),                     # word starts: 2%
    (-1.84, 'query_distance', 'COMMA', 0),    # away from itself, from commas: 1%
    (3.78, 'key_distance', 'NEWLINE', 1),     # the previous token when a newline: 1%
    (1.9, 'key_token', ' The'),               # the token ' The': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
