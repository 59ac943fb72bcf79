"""Mostly a first-token sink; otherwise earlier copies of the query token, the query's own sentence and recent tokens.

head: L19H5
heldout_iou: 0.680
heldout_iou_no_bos: 0.476
name: L19H5
form: terms
terms: 11
origin: synthesized (search/terms)
target: L19H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.8, 'first'),                           # a first-token sink: 66%
    (1.42, 'same_token'),                     # earlier copies of the query token: 6%
    (0.42, 'same_sentence'),                  # the query's own sentence: 4%
    (-0.12, 'log_distance'),                  # recent tokens: 4%
    (0.92, 'key_class', 'PERIOD'),            # periods: 3%
    (0.44, 'same_word'),                      # the query's own word: 3%
    (2.0, 'induction'),                       # the token after an earlier copy of the query (induction): 2%
    (0.17, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (-0.1, 'distance', 0),                    # the token itself: 1%
    (-0.22, 'key_class', 'DET'),              # away from determiners: 1%
    (-0.29, 'key_class', 'PREP'),             # away from prepositions: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
