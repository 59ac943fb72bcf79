"""Mainly the token itself; otherwise a first-token sink, the token ' the' and determiners.

head: L5H2
heldout_iou: 0.540
heldout_iou_no_bos: 0.538
name: L5H2
form: terms
terms: 10
origin: synthesized (search/terms)
target: L5H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.42, 'distance', 0),                    # the token itself: 35%
    (4.16, 'first'),                          # a first-token sink: 31%
    (2.7, 'key_token', ' the'),               # the token ' the': 17%
    (1.07, 'key_class', 'DET'),               # determiners: 12%
    (-2.45, 'query_distance', 'DET', 0),      # away from itself, from determiners: 4%
    (-0.65, 'last', 'DET'),                   # away from the last determiner: 4%
    (-0.81, 'key_class', 'NAME'),             # away from names: 2%
    (1.02, 'distance', 1),                    # the previous token: 2%
    (0.64, 'word_start'),                     # word starts: 1%
    (0.25, 'key_token', '.'),                 # the token '.': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
