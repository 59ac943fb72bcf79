"""Mostly a first-token sink; otherwise the query's own sentence, periods and recent tokens.

head: L18H2
heldout_iou: 0.571
heldout_iou_no_bos: 0.398
name: L18H2
form: terms
terms: 9
origin: synthesized (search/terms)
target: L18H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.82, 'first'),                          # a first-token sink: 67%
    (0.79, 'same_sentence'),                  # the query's own sentence: 6%
    (1.26, 'key_class', 'PERIOD'),            # periods: 3%
    (-0.1, 'log_distance'),                   # recent tokens: 2%
    (0.23, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (-1.32, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 1%
    (1.23, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (2.29, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 1%
    (-0.42, 'key_class', 'PREP'),             # away from prepositions: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
