"""Mostly a first-token sink; otherwise content words, recent tokens and periods.

head: L24H7
heldout_iou: 0.615
heldout_iou_no_bos: 0.401
name: L24H7
form: terms
terms: 12
origin: synthesized (search/terms)
target: L24H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.82, 'first'),                          # a first-token sink: 65%
    (0.53, 'key_class', 'CONTENT'),           # content words: 4%
    (-0.19, 'log_distance'),                  # recent tokens: 4%
    (1.15, 'key_class', 'PERIOD'),            # periods: 3%
    (1.9, 'induction'),                       # the token after an earlier copy of the query (induction): 2%
    (0.72, 'key_class', 'NAME'),              # names: 1%
    (0.16, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (-0.58, 'key_class', 'DET'),              # away from determiners: 1%
    (2.01, 'key_token', ' mother'),           # the token ' mother': 1%
    (2.1, 'pair', 'PERIOD', 'NAME'),          # period -> name: 1%
    (2.64, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 1%
    (0.58, 'key_class', 'PRON_OBJ'),          # object pronouns: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
