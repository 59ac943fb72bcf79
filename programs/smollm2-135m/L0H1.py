"""Mainly periods; otherwise tokens similar to the query, away from the query's own word and recent tokens.

head: L0H1
heldout_iou: 0.650
heldout_iou_no_bos: 0.652
name: L0H1
form: terms
terms: 15
origin: synthesized (search/terms)
target: L0H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (1.4, 'key_class', 'PERIOD'),             # periods: 11%
    (0.87, 'embed_cosine'),                   # tokens similar to the query: 9%
    (-0.73, 'same_word'),                     # away from the query's own word: 5%
    (-0.13, 'log_distance'),                  # recent tokens: 4%
    (-1.24, 'pair', 'CONTENT', 'PERIOD'),     # away from content word -> period: 4%
    (3.31, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 4%
    (-4.41, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 2%
    (3.21, 'pair', 'COMMA', 'PERIOD'),        # comma -> period: 2%
    (0.36, 'last', 'DET'),                    # the last determiner: 1%
    (-0.46, 'key_class', 'NAME'),             # away from names: 1%
    (0.4, 'key_class', 'COMMA'),              # commas: 1%
    (1.55, 'pair', 'CONJ', 'PERIOD'),         # conjunction -> period: 1%
    (0.74, 'pair', 'DET', 'PERIOD'),          # determiner -> period: 1%
    (3.06, 'pair', 'PERIOD', 'COMMA'),        # period -> comma: 1%
    (-1.93, 'pair', 'NAME', 'PERIOD'),        # away from name -> period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
