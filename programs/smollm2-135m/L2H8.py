"""Mainly recent tokens; otherwise the token '.', the token ' the' and the previous token.

head: L2H8
heldout_iou: 0.457
heldout_iou_no_bos: 0.449
name: L2H8
form: terms
terms: 15
origin: synthesized (search/terms)
target: L2H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.44, 'log_distance'),                  # recent tokens: 17%
    (2.14, 'key_token', '.'),                 # the token '.': 16%
    (2.52, 'key_token', ' the'),              # the token ' the': 16%
    (1.23, 'distance', 1),                    # the previous token: 10%
    (-0.66, 'key_class', 'CONTENT'),          # away from content words: 8%
    (1.56, 'first'),                          # a first-token sink: 6%
    (1.15, 'key_class', 'COMMA'),             # commas: 5%
    (1.15, 'key_token', ','),                 # the token ',': 5%
    (0.5, 'distance', 2),                     # the token 2 back: 3%
    (-1.43, 'key_class', 'NAME'),             # away from names: 3%
    (-0.58, 'last', 'COMMA'),                 # away from the last comma: 3%
    (0.74, 'key_token', ' and'),              # the token ' and': 3%
    (0.38, 'key_class', 'CONJ'),              # conjunctions: 2%
    (0.56, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 2%
    (1.87, 'key_distance', 'TO', 1),          # the previous token when a 'to': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
