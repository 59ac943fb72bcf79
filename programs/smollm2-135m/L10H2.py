"""Mainly recent tokens; otherwise the token ' the', the previous token and away from the last determiner.

head: L10H2
heldout_iou: 0.427
heldout_iou_no_bos: 0.426
name: L10H2
form: terms
terms: 16
origin: synthesized (search/terms)
target: L10H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.99, 'log_distance'),                  # recent tokens: 34%
    (3.77, 'key_token', ' the'),              # the token ' the': 24%
    (1.23, 'distance', 1),                    # the previous token: 15%
    (-1.32, 'last', 'DET'),                   # away from the last determiner: 10%
    (-0.77, 'key_class', 'CONTENT'),          # away from content words: 10%
    (2.94, 'query_distance', 'DET', 1),       # the previous token, from determiners: 5%
    (-1.92, 'key_class', 'NAME'),             # away from names: 5%
    (0.93, 'key_class', 'PERIOD'),            # periods: 5%
    (1.14, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 4%
    (-0.45, 'last', 'PERIOD'),                # away from the last period: 3%
    (0.44, 'key_token', '.'),                 # the token '.': 2%
    (0.75, 'pair', 'CONTENT', 'PREP'),        # content word -> preposition: 1%
    (1.54, 'key_distance', 'PREP', 2),        # the token 2 back when a preposition: 1%
    (2.13, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 1%
    (0.25, 'key_class', 'COMMA'),             # commas: 1%
    (0.25, 'key_token', ','),                 # the token ',': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
