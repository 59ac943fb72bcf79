"""Mainly periods; otherwise tokens similar to the query, recent tokens and away from the query's own word.

head: L0H1
heldout_iou: 0.652
heldout_iou_no_bos: 0.655
name: L0H1
form: terms
terms: 15
origin: synthesized (search/terms)
target: L0H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (1.63, 'key_class', 'PERIOD'),            # periods: 13%
    (0.88, 'embed_cosine'),                   # tokens similar to the query: 9%
    (-0.18, 'log_distance'),                  # recent tokens: 6%
    (-0.7, 'same_word'),                      # away from the query's own word: 5%
    (-1.46, 'pair', 'CONTENT', 'PERIOD'),     # away from content word -> period: 4%
    (3.2, 'pair', 'PERIOD', 'PERIOD'),        # period -> period: 3%
    (-4.47, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 3%
    (2.79, 'pair', 'COMMA', 'PERIOD'),        # comma -> period: 1%
    (0.42, 'pair', 'CONTENT', 'DET'),         # content word -> determiner: 1%
    (-0.49, 'key_class', 'NAME'),             # away from names: 1%
    (0.41, 'key_class', 'COMMA'),             # commas: 1%
    (1.26, 'pair', 'CONJ', 'PERIOD'),         # conjunction -> period: 1%
    (-1.72, 'key_distance', 'PERIOD', 1),     # away from the previous token when a period: 1%
    (-2.1, 'pair', 'NAME', 'PERIOD'),         # away from name -> period: 1%
    (2.88, 'pair', 'PERIOD', 'COMMA'),        # period -> comma: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
