"""Mainly recent tokens; otherwise the token ' the', away from the last determiner and the previous token.

head: L10H6
heldout_iou: 0.463
heldout_iou_no_bos: 0.467
name: L10H6
form: terms
terms: 16
origin: synthesized (search/terms)
target: L10H6
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.63, 'log_distance'),                  # recent tokens: 24%
    (3.18, 'key_token', ' the'),              # the token ' the': 21%
    (-1.39, 'last', 'DET'),                   # away from the last determiner: 11%
    (0.57, 'distance', 1),                    # the previous token: 7%
    (0.36, 'same_sentence'),                  # the query's own sentence: 6%
    (0.94, 'key_class', 'PERIOD'),            # periods: 5%
    (0.44, 'last', 'CONTENT'),                # the last content word: 4%
    (0.52, 'distance', 2),                    # the token 2 back: 4%
    (1.77, 'query_distance', 'DET', 1),       # the previous token, from determiners: 3%
    (0.58, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 2%
    (-1.8, 'pair', 'DET', 'DET'),             # away from determiner -> determiner: 2%
    (-0.78, 'key_class', 'NAME'),             # away from names: 2%
    (2.0, 'query_distance', 'PRON_OBJ', 1),   # the previous token, from object pronouns: 1%
    (0.63, 'last', 'VERB_ED'),                # the last -ed verb: 1%
    (2.21, 'query_distance', 'NAME', 0),      # itself, from names: 1%
    (0.8, 'query_distance', 'PREP', 1),       # the previous token, from prepositions: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
