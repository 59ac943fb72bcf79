"""Mainly recent tokens; otherwise the token ' the', away from the last determiner and the previous token.

head: L10H6
heldout_iou: 0.460
heldout_iou_no_bos: 0.463
name: L10H6
form: terms
terms: 16
origin: synthesized (search/terms)
target: L10H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.64, 'log_distance'),                  # recent tokens: 24%
    (3.13, 'key_token', ' the'),              # the token ' the': 20%
    (-1.48, 'last', 'DET'),                   # away from the last determiner: 12%
    (0.56, 'distance', 1),                    # the previous token: 7%
    (0.37, 'same_sentence'),                  # the query's own sentence: 6%
    (0.92, 'key_class', 'PERIOD'),            # periods: 5%
    (2.8, 'query_distance', 'DET', 1),        # the previous token, from determiners: 4%
    (0.37, 'last', 'CONTENT'),                # the last content word: 3%
    (0.38, 'distance', 2),                    # the token 2 back: 3%
    (0.59, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 2%
    (2.1, 'query_distance', 'PRON_OBJ', 1),   # the previous token, from object pronouns: 1%
    (0.68, 'last', 'VERB_ED'),                # the last -ed verb: 1%
    (0.98, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 1%
    (1.43, 'pair', 'NAME', 'NAME'),           # name -> name: 1%
    (1.62, 'query_distance', 'DET', 2),       # the token 2 back, from determiners: 1%
    (0.62, 'query_distance', 'PRON_SUBJ', 1), # the previous token, from subject pronouns: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
