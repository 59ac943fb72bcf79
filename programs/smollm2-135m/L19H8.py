"""Mostly a first-token sink; otherwise the query's own sentence, the previous token and away from content words.

head: L19H8
heldout_iou: 0.715
heldout_iou_no_bos: 0.642
name: L19H8
form: terms
terms: 9
origin: synthesized (search/terms)
target: L19H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.13, 'first'),                          # a first-token sink: 76%
    (1.93, 'same_sentence'),                  # the query's own sentence: 17%
    (4.58, 'distance', 1),                    # the previous token: 17%
    (-0.47, 'key_class', 'CONTENT'),          # away from content words: 3%
    (3.01, 'distance', 2),                    # the token 2 back: 3%
    (1.79, 'same_word'),                      # the query's own word: 3%
    (0.45, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 2%
    (1.17, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 1%
    (1.37, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
