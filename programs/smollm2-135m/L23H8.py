"""Mostly a first-token sink; otherwise content word -> first token, names and the token after an earlier copy of the query (induction).

head: L23H8
heldout_iou: 0.699
heldout_iou_no_bos: 0.329
name: L23H8
form: terms
terms: 12
origin: synthesized (search/terms)
target: L23H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.99, 'first'),                          # a first-token sink: 75%
    (0.72, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (0.7, 'key_class', 'NAME'),               # names: 2%
    (1.71, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (-1.64, 'key_class', 'DET'),              # away from determiners: 1%
    (-1.06, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (0.6, 'pair', 'CONTENT', 'CONTENT'),      # content word -> content word: 1%
    (0.92, 'pair', 'DET', 'CONTENT'),         # determiner -> content word: 1%
    (-1.61, 'key_class', 'AUX'),              # away from auxiliaries: 1%
    (1.49, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (-1.58, 'key_class', 'PREP'),             # away from prepositions: 1%
    (-1.83, 'key_class', 'CONJ'),             # away from conjunctions: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
