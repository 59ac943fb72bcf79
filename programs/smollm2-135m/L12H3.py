"""Mainly the query's own sentence; otherwise a first-token sink, the previous token and earlier copies of the query token.

head: L12H3
heldout_iou: 0.568
heldout_iou_no_bos: 0.527
name: L12H3
form: terms
terms: 15
origin: synthesized (search/terms)
target: L12H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.02, 'same_sentence'),                  # the query's own sentence: 47%
    (5.82, 'first'),                          # a first-token sink: 40%
    (2.34, 'distance', 1),                    # the previous token: 18%
    (1.44, 'same_token'),                     # earlier copies of the query token: 8%
    (1.7, 'distance', 2),                     # the token 2 back: 8%
    (-2.19, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 3%
    (-2.81, 'query_distance', 'PERIOD', 1),   # away from the previous token, from periods: 3%
    (0.55, 'key_class', 'AUX'),               # auxiliaries: 2%
    (0.55, 'distance', 3),                    # the token 3 back: 2%
    (1.89, 'pair', 'NAME', 'BOS'),            # name -> first token: 2%
    (-2.05, 'query_distance', 'PERIOD', 2),   # away from the token 2 back, from periods: 2%
    (-1.71, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
    (-0.69, 'key_token', ' the'),             # away from the token ' the': 1%
    (0.67, 'last', 'VERB_ED'),                # the last -ed verb: 1%
    (1.9, 'pair', 'NAME', 'NAME'),            # name -> name: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
