"""Mostly the previous token; otherwise recent tokens, a first-token sink and the token 2 back.

head: L16H0
heldout_iou: 0.768
heldout_iou_no_bos: 0.866
name: L16H0
form: terms
terms: 7
origin: synthesized (search/terms)
target: L16H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.95, 'distance', 1),                    # the previous token: 76%
    (-0.34, 'log_distance'),                  # recent tokens: 12%
    (5.45, 'first'),                          # a first-token sink: 12%
    (3.42, 'distance', 2),                    # the token 2 back: 7%
    (0.61, 'same_sentence'),                  # the query's own sentence: 7%
    (0.33, 'key_class', 'CONTENT'),           # content words: 2%
    (0.49, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
