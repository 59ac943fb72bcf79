"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and earlier copies of the query token.

head: L16H1
heldout_iou: 0.607
heldout_iou_no_bos: 0.536
name: L16H1
form: terms
terms: 8
origin: synthesized (search/terms)
target: L16H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.63, 'first'),                          # a first-token sink: 48%
    (0.91, 'same_sentence'),                  # the query's own sentence: 16%
    (-0.31, 'log_distance'),                  # recent tokens: 15%
    (1.57, 'same_token'),                     # earlier copies of the query token: 13%
    (1.11, 'distance', 1),                    # the previous token: 5%
    (0.78, 'key_class', 'PERIOD'),            # periods: 3%
    (0.78, 'distance', 2),                    # the token 2 back: 2%
    (-0.69, 'key_class', 'DET'),              # away from determiners: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
