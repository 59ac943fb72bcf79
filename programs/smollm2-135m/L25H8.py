"""Mostly a first-token sink; otherwise the query's own sentence, the query's own word and earlier copies of the query token.

head: L25H8
heldout_iou: 0.742
heldout_iou_no_bos: 0.514
name: L25H8
form: terms
terms: 9
origin: synthesized (search/terms)
target: L25H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.1, 'first'),                           # a first-token sink: 84%
    (1.56, 'same_sentence'),                  # the query's own sentence: 10%
    (2.28, 'same_word'),                      # the query's own word: 8%
    (0.85, 'same_token'),                     # earlier copies of the query token: 4%
    (-0.12, 'log_distance'),                  # recent tokens: 4%
    (0.62, 'distance', 0),                    # the token itself: 3%
    (2.76, 'distance', 1),                    # the previous token: 3%
    (2.37, 'distance', 2),                    # the token 2 back: 2%
    (0.19, 'last', 'CONTENT'),                # the last content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
