"""Mainly a first-token sink; otherwise the token ' the', the query's own sentence and recent tokens.

head: L9H4
heldout_iou: 0.454
heldout_iou_no_bos: 0.398
name: L9H4
form: terms
terms: 15
origin: synthesized (search/terms)
target: L9H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.04, 'first'),                          # a first-token sink: 30%
    (3.44, 'key_token', ' the'),              # the token ' the': 21%
    (0.91, 'same_sentence'),                  # the query's own sentence: 14%
    (-0.37, 'log_distance'),                  # recent tokens: 13%
    (-1.53, 'last', 'DET'),                   # away from the last determiner: 12%
    (1.79, 'last', 'PERIOD'),                 # the last period: 5%
    (0.79, 'distance', 3),                    # the token 3 back: 4%
    (0.64, 'distance', 2),                    # the token 2 back: 3%
    (-0.4, 'pair', 'CONTENT', 'BOS'),         # away from content word -> first token: 2%
    (0.52, 'distance', 4),                    # the token 4 back: 2%
    (-2.35, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
    (0.26, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (0.35, 'distance', 5),                    # the token 5 back: 1%
    (0.08, 'embed_cosine'),                   # tokens similar to the query: 1%
    (-0.08, 'key_class', 'CONTENT'),          # away from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
