"""Mainly tokens similar to the query; otherwise the token '.', the token itself and away from content word -> period.

head: L0H1
heldout_iou: 0.635
heldout_iou_no_bos: 0.638
name: L0H1
form: terms
terms: 14
origin: synthesized (search/terms)
target: L0H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (1.19, 'embed_cosine'),                   # tokens similar to the query: 14%
    (1.77, 'key_token', '.'),                 # the token '.': 11%
    (-0.53, 'distance', 0),                   # the token itself: 4%
    (-1.56, 'pair', 'CONTENT', 'PERIOD'),     # away from content word -> period: 4%
    (1.01, 'key_token', ','),                 # the token ',': 2%
    (0.42, 'last', 'CONTENT'),                # the last content word: 2%
    (1.69, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 2%
    (-0.26, 'same_word'),                     # away from the query's own word: 2%
    (-0.41, 'key_class', 'NAME'),             # away from names: 2%
    (0.45, 'pair', 'CONTENT', 'DET'),         # content word -> determiner: 1%
    (1.87, 'pair', 'COMMA', 'PERIOD'),        # comma -> period: 1%
    (-1.77, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
    (-1.6, 'pair', 'NAME', 'PERIOD'),         # away from name -> period: 1%
    (-1.43, 'pair', 'CONTENT', 'COMMA'),      # away from content word -> comma: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
