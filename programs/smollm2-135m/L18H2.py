"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and content word -> first token.

head: L18H2
heldout_iou: 0.569
heldout_iou_no_bos: 0.398
name: L18H2
form: terms
terms: 13
origin: synthesized (search/terms)
target: L18H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.95, 'first'),                          # a first-token sink: 69%
    (0.93, 'same_sentence'),                  # the query's own sentence: 7%
    (-0.17, 'log_distance'),                  # recent tokens: 4%
    (0.4, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 2%
    (0.69, 'key_class', 'PERIOD'),            # periods: 2%
    (1.43, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (0.48, 'key_token', '.'),                 # the token '.': 1%
    (-0.96, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 1%
    (0.62, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (-0.4, 'key_class', 'DET'),               # away from determiners: 1%
    (-0.76, 'key_class', 'PREP'),             # away from prepositions: 1%
    (1.72, 'query_distance', 'CONJ', 1),      # the previous token, from conjunctions: 1%
    (1.93, 'key_token', 'There'),             # the token 'There': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
