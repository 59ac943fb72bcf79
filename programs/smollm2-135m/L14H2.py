"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and away from period -> first token.

head: L14H2
heldout_iou: 0.603
heldout_iou_no_bos: 0.453
name: L14H2
form: terms
terms: 9
origin: synthesized (search/terms)
target: L14H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.55, 'first'),                          # a first-token sink: 69%
    (-0.53, 'log_distance'),                  # recent tokens: 12%
    (0.85, 'same_sentence'),                  # the query's own sentence: 9%
    (-3.35, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 3%
    (0.45, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (0.66, 'last', 'CONTENT'),                # the last content word: 2%
    (-1.35, 'key_class', 'DET'),              # away from determiners: 2%
    (0.13, 'distance', 1),                    # the previous token: 0%
    (1.26, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
