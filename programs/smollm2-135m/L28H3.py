"""Mostly a first-token sink; otherwise the query's own sentence, the token itself and content word -> first token.

head: L28H3
heldout_iou: 0.731
heldout_iou_no_bos: 0.471
name: L28H3
form: terms
terms: 6
origin: synthesized (search/terms)
target: L28H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.13, 'first'),                          # a first-token sink: 82%
    (1.73, 'same_sentence'),                  # the query's own sentence: 9%
    (1.79, 'distance', 0),                    # the token itself: 4%
    (0.55, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (0.64, 'distance', 1),                    # the previous token: 1%
    (-0.14, 'same_word'),                     # away from the query's own word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
