"""Mainly recent tokens; otherwise the previous token, the token 2 back and the token 2 back, from content words.

head: L2H1
heldout_iou: 0.674
heldout_iou_no_bos: 0.676
name: L2H1
form: terms
terms: 5
origin: synthesized (search/terms)
target: L2H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-2.03, 'log_distance'),                  # recent tokens: 51%
    (2.59, 'distance', 1),                    # the previous token: 51%
    (1.56, 'distance', 2),                    # the token 2 back: 9%
    (0.52, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 2%
    (-0.72, 'query_distance', 'PERIOD', 1),   # away from the previous token, from periods: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
