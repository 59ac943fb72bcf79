"""Mostly a first-token sink; otherwise content words, names and away from period -> first token.

head: L23H7
heldout_iou: 0.733
heldout_iou_no_bos: 0.312
name: L23H7
form: terms
terms: 7
origin: synthesized (search/terms)
target: L23H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.93, 'first'),                          # a first-token sink: 87%
    (2.43, 'key_class', 'CONTENT'),           # content words: 5%
    (3.71, 'key_class', 'NAME'),              # names: 3%
    (-1.46, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (2.57, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (1.79, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (2.5, 'key_class', 'VERB_ING'),           # -ing verbs: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
