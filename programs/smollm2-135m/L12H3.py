"""Mainly the query's own sentence; otherwise a first-token sink, recent tokens and the previous token.

head: L12H3
heldout_iou: 0.545
heldout_iou_no_bos: 0.506
name: L12H3
form: terms
terms: 11
origin: synthesized (search/terms)
target: L12H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.82, 'same_sentence'),                  # the query's own sentence: 46%
    (5.68, 'first'),                          # a first-token sink: 39%
    (-0.43, 'log_distance'),                  # recent tokens: 20%
    (1.33, 'distance', 1),                    # the previous token: 13%
    (0.65, 'key_class', 'AUX'),               # auxiliaries: 3%
    (0.47, 'distance', 2),                    # the token 2 back: 3%
    (1.29, 'pair', 'NAME', 'BOS'),            # name -> first token: 3%
    (-1.45, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (-1.96, 'query_distance', 'PERIOD', 1),   # away from the previous token, from periods: 1%
    (-0.74, 'key_token', ' the'),             # away from the token ' the': 1%
    (0.22, 'last', 'VERB_ED'),                # the last -ed verb: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
