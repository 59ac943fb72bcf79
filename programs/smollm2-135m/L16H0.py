"""Mostly the previous token; otherwise a first-token sink, recent tokens and the token 2 back.

head: L16H0
heldout_iou: 0.775
heldout_iou_no_bos: 0.873
name: L16H0
form: terms
terms: 10
origin: synthesized (search/terms)
target: L16H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.04, 'distance', 1),                    # the previous token: 75%
    (5.54, 'first'),                          # a first-token sink: 12%
    (-0.33, 'log_distance'),                  # recent tokens: 12%
    (3.73, 'distance', 2),                    # the token 2 back: 8%
    (0.57, 'same_sentence'),                  # the query's own sentence: 7%
    (-0.19, 'query_distance', 'CONTENT', 1),  # away from the previous token, from content words: 1%
    (0.15, 'key_class', 'CONTENT'),           # content words: 1%
    (0.2, 'key_distance', 'CONTENT', 1),      # the previous token when a content word: 1%
    (-0.72, 'key_token', ' the'),             # away from the token ' the': 1%
    (-0.21, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
