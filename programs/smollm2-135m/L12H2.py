"""Mostly a first-token sink; otherwise periods, the query's own sentence and earlier copies of the query token.

head: L12H2
heldout_iou: 0.643
heldout_iou_no_bos: 0.534
name: L12H2
form: terms
terms: 13
origin: synthesized (search/terms)
target: L12H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.09, 'first'),                          # a first-token sink: 57%
    (1.42, 'key_class', 'PERIOD'),            # periods: 7%
    (0.52, 'same_sentence'),                  # the query's own sentence: 5%
    (0.98, 'same_token'),                     # earlier copies of the query token: 3%
    (-0.25, 'embed_cosine'),                  # away from tokens similar to the query: 3%
    (0.06, 'log_distance'),                   # distant tokens: 2%
    (-0.85, 'key_class', 'DET'),              # away from determiners: 2%
    (0.19, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (-0.83, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (-0.67, 'key_class', 'PREP'),             # away from prepositions: 1%
    (0.46, 'last', 'CONTENT'),                # the last content word: 1%
    (0.27, 'last', 'PERIOD'),                 # the last period: 1%
    (1.67, 'key_token', '\n'),                # the token '\n': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
