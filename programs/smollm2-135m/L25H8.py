"""Mostly a first-token sink; otherwise the query's own sentence, the query's own word and recent tokens.

head: L25H8
heldout_iou: 0.738
heldout_iou_no_bos: 0.523
name: L25H8
form: terms
terms: 10
origin: synthesized (search/terms)
target: L25H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.3, 'first'),                           # a first-token sink: 81%
    (1.81, 'same_sentence'),                  # the query's own sentence: 13%
    (2.51, 'same_word'),                      # the query's own word: 10%
    (-0.17, 'log_distance'),                  # recent tokens: 6%
    (0.75, 'same_token'),                     # earlier copies of the query token: 5%
    (2.81, 'distance', 1),                    # the previous token: 4%
    (0.5, 'distance', 0),                     # the token itself: 4%
    (2.3, 'distance', 2),                     # the token 2 back: 2%
    (0.17, 'key_class', 'CONTENT'),           # content words: 1%
    (0.78, 'key_class', 'PERIOD'),            # periods: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
