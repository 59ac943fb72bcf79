"""Mostly a first-token sink; otherwise the query's own sentence, the token itself and the previous token.

head: L26H4
heldout_iou: 0.606
heldout_iou_no_bos: 0.478
name: L26H4
form: terms
terms: 14
origin: synthesized (search/terms)
target: L26H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.18, 'first'),                          # a first-token sink: 62%
    (1.9, 'same_sentence'),                   # the query's own sentence: 24%
    (2.54, 'distance', 0),                    # the token itself: 14%
    (1.96, 'distance', 1),                    # the previous token: 7%
    (1.23, 'key_class', 'PERIOD'),            # periods: 3%
    (1.07, 'key_token', '.'),                 # the token '.': 3%
    (-0.84, 'last', 'PERIOD'),                # away from the last period: 2%
    (0.91, 'distance', 2),                    # the token 2 back: 2%
    (1.39, 'query_distance', 'DET', 1),       # the previous token, from determiners: 2%
    (1.19, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 2%
    (1.31, 'key_distance', 'PREP', 1),        # the previous token when a preposition: 1%
    (0.72, 'query_distance', 'DET', 0),       # itself, from determiners: 1%
    (0.56, 'pair', 'DET', 'DET'),             # determiner -> determiner: 1%
    (0.73, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
