"""Mainly the token ' the'; otherwise a first-token sink, distant tokens and the previous token.

head: L3H2
heldout_iou: 0.565
heldout_iou_no_bos: 0.418
name: L3H2
form: terms
terms: 13
origin: synthesized (search/terms)
target: L3H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (10.0, 'key_token', ' the'),              # the token ' the': 46%
    (8.76, 'first'),                          # a first-token sink: 44%
    (0.43, 'log_distance'),                   # distant tokens: 10%
    (5.08, 'distance', 1),                    # the previous token: 6%
    (6.52, 'same_word'),                      # the query's own word: 6%
    (-1.67, 'distance', 0),                   # the token itself: 4%
    (-5.59, 'last', 'NUMBER'),                # away from the last number: 4%
    (-4.46, 'key_distance', 'DET', 1),        # away from the previous token when a determiner: 3%
    (-3.7, 'query_distance', 'DET', 0),       # away from itself, from determiners: 2%
    (2.15, 'key_class', 'CONTENT'),           # content words: 2%
    (7.82, 'key_class', 'NUMBER'),            # numbers: 2%
    (-0.62, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 1%
    (0.14, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
