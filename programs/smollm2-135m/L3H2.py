"""Mainly a first-token sink; otherwise the token ' the', the previous token and the query's own word.

head: L3H2
heldout_iou: 0.560
heldout_iou_no_bos: 0.395
name: L3H2
form: terms
terms: 11
origin: synthesized (search/terms)
target: L3H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.25, 'first'),                          # a first-token sink: 46%
    (8.88, 'key_token', ' the'),              # the token ' the': 46%
    (2.93, 'distance', 1),                    # the previous token: 5%
    (1.99, 'same_word'),                      # the query's own word: 3%
    (-2.65, 'key_distance', 'DET', 1),        # away from the previous token when a determiner: 2%
    (3.24, 'key_distance', 'NAME', 1),        # the previous token when a name: 2%
    (2.19, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 2%
    (2.36, 'pair', 'NAME', 'NAME'),           # name -> name: 1%
    (1.28, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (0.14, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (-0.54, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
