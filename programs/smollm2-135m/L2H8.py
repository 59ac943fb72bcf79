"""Mainly periods; otherwise the token ' the', recent tokens and commas.

head: L2H8
heldout_iou: 0.478
heldout_iou_no_bos: 0.471
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
    (2.97, 'key_class', 'PERIOD'),            # periods: 22%
    (3.25, 'key_token', ' the'),              # the token ' the': 21%
    (-0.33, 'log_distance'),                  # recent tokens: 11%
    (2.77, 'key_class', 'COMMA'),             # commas: 9%
    (1.89, 'first'),                          # a first-token sink: 6%
    (1.36, 'query_distance', 'CONTENT', 1),   # the previous token, from content words: 5%
    (2.09, 'key_token', ' and'),              # the token ' and': 4%
    (-0.31, 'last', 'PERIOD'),                # away from the last period: 3%
    (1.4, 'last', 'AUX'),                     # the last auxiliary: 3%
    (2.45, 'key_token', '\n'),                # the token '\n': 1%
    (3.61, 'key_distance', 'TO', 1),          # the previous token when a 'to': 1%
    (2.69, 'key_distance', 'PRON_OBJ', 1),    # the previous token when a object pronoun: 1%
    (0.57, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 1%
    (-1.14, 'key_class', 'NAME'),             # away from names: 1%
    (2.11, 'key_token', ' The'),              # the token ' The': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
