"""Mainly a first-token sink; otherwise the token ' the', earlier copies of the query token and tokens similar to the query.

head: L4H0
heldout_iou: 0.497
heldout_iou_no_bos: 0.441
name: L4H0
form: terms
terms: 14
origin: synthesized (search/terms)
target: L4H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.49, 'first'),                          # a first-token sink: 29%
    (3.61, 'key_token', ' the'),              # the token ' the': 26%
    (1.66, 'same_token'),                     # earlier copies of the query token: 11%
    (0.58, 'embed_cosine'),                   # tokens similar to the query: 9%
    (0.76, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 5%
    (1.13, 'key_token', '.'),                 # the token '.': 3%
    (-0.62, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 2%
    (-1.49, 'key_class', 'NAME'),             # away from names: 2%
    (1.11, 'pair', 'DET', 'BOS'),             # determiner -> first token: 2%
    (-0.2, 'pair', 'CONTENT', 'BOS'),         # away from content word -> first token: 1%
    (0.93, 'last', 'COMMA'),                  # the last comma: 1%
    (1.43, 'key_token', ' dog'),              # the token ' dog': 1%
    (0.33, 'distance', 1),                    # the previous token: 1%
    (-0.43, 'pair', 'PERIOD', 'PERIOD'),      # away from period -> period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
