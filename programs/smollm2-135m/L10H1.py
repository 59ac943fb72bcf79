"""Mainly recent tokens; otherwise away from earlier copies of the query token, away from the last determiner and the token ' the'.

head: L10H1
heldout_iou: 0.383
heldout_iou_no_bos: 0.381
name: L10H1
form: terms
terms: 16
origin: synthesized (search/terms)
target: L10H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-1.31, 'log_distance'),                  # recent tokens: 40%
    (-2.3, 'same_token'),                     # away from earlier copies of the query token: 25%
    (-2.09, 'last', 'DET'),                   # away from the last determiner: 19%
    (2.74, 'key_token', ' the'),              # the token ' the': 18%
    (1.58, 'key_class', 'DET'),               # determiners: 15%
    (1.02, 'same_sentence'),                  # the query's own sentence: 14%
    (1.58, 'key_class', 'PERIOD'),            # periods: 7%
    (3.27, 'query_distance', 'DET', 1),       # the previous token, from determiners: 5%
    (1.09, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 5%
    (1.15, 'last', 'AUX'),                    # the last auxiliary: 4%
    (1.98, 'pair', 'CONTENT', 'PREP'),        # content word -> preposition: 4%
    (1.17, 'last', 'VERB_ED'),                # the last -ed verb: 3%
    (1.57, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 2%
    (3.2, 'query_distance', 'PRON_OBJ', 1),   # the previous token, from object pronouns: 2%
    (-2.18, 'key_class', 'NAME'),             # away from names: 2%
    (1.69, 'after', 'AUX', 'PREP'),           # auxiliary -> the token after a preposition: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
