"""Mainly the token '.'; otherwise away from content words, the previous token and a first-token sink.

head: L2H5
heldout_iou: 0.477
heldout_iou_no_bos: 0.463
name: L2H5
form: terms
terms: 15
origin: synthesized (search/terms)
target: L2H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.13, 'key_token', '.'),                 # the token '.': 19%
    (-0.88, 'key_class', 'CONTENT'),          # away from content words: 12%
    (1.39, 'distance', 1),                    # the previous token: 10%
    (1.41, 'first'),                          # a first-token sink: 8%
    (1.16, 'distance', 2),                    # the token 2 back: 5%
    (1.27, 'key_token', ' the'),              # the token ' the': 5%
    (1.09, 'key_token', ' and'),              # the token ' and': 4%
    (0.81, 'key_class', 'COMMA'),             # commas: 4%
    (0.81, 'key_token', ','),                 # the token ',': 4%
    (0.55, 'same_word'),                      # the query's own word: 3%
    (0.48, 'same_token'),                     # earlier copies of the query token: 3%
    (-1.39, 'key_class', 'NAME'),             # away from names: 3%
    (1.27, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 3%
    (0.49, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (0.23, 'distance', 0),                    # the token itself: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
