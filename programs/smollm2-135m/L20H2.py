"""Mostly a first-token sink; otherwise names, periods and the token '.'.

head: L20H2
heldout_iou: 0.602
heldout_iou_no_bos: 0.495
name: L20H2
form: terms
terms: 11
origin: synthesized (search/terms)
target: L20H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.77, 'first'),                          # a first-token sink: 51%
    (1.07, 'key_class', 'NAME'),              # names: 4%
    (0.63, 'key_class', 'PERIOD'),            # periods: 2%
    (0.47, 'key_token', '.'),                 # the token '.': 2%
    (1.02, 'pair', 'NAME', 'BOS'),            # name -> first token: 2%
    (-0.5, 'key_class', 'DET'),               # away from determiners: 1%
    (0.93, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (-1.08, 'key_class', 'PREP'),             # away from prepositions: 1%
    (0.08, 'key_class', 'CONTENT'),           # content words: 1%
    (-0.12, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
    (1.99, 'after', 'PERIOD', 'PERIOD'),      # period -> the token after a period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
