"""Mainly the token ' the'; otherwise a first-token sink, the previous token and the query's own sentence.

head: L7H6
heldout_iou: 0.437
heldout_iou_no_bos: 0.406
name: L7H6
form: terms
terms: 13
origin: synthesized (search/terms)
target: L7H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.84, 'key_token', ' the'),              # the token ' the': 30%
    (4.72, 'first'),                          # a first-token sink: 25%
    (3.63, 'distance', 1),                    # the previous token: 23%
    (0.94, 'same_sentence'),                  # the query's own sentence: 14%
    (2.38, 'query_distance', 'CONTENT', 1),   # the previous token, from content words: 12%
    (-1.74, 'key_distance', 'CONTENT', 1),    # away from the previous token when a content word: 7%
    (1.74, 'distance', 2),                    # the token 2 back: 6%
    (2.32, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 4%
    (-2.9, 'key_class', 'NAME'),              # away from names: 3%
    (-0.5, 'key_class', 'CONTENT'),           # away from content words: 3%
    (1.3, 'same_token'),                      # earlier copies of the query token: 3%
    (1.73, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
    (0.45, 'last', 'PERIOD'),                 # the last period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
