"""Mostly a first-token sink; otherwise the previous token, the query's own sentence and the token 2 back.

head: L19H8
heldout_iou: 0.716
heldout_iou_no_bos: 0.633
name: L19H8
form: terms
terms: 7
origin: synthesized (search/terms)
target: L19H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.84, 'first'),                          # a first-token sink: 75%
    (4.8, 'distance', 1),                     # the previous token: 16%
    (1.66, 'same_sentence'),                  # the query's own sentence: 16%
    (2.93, 'distance', 2),                    # the token 2 back: 3%
    (1.36, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (2.98, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
    (0.13, 'key_class', 'CONTENT'),           # content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
