"""Mostly a first-token sink; otherwise the query's own sentence, periods and the token '.'.

head: L12H2
heldout_iou: 0.636
heldout_iou_no_bos: 0.535
name: L12H2
form: terms
terms: 10
origin: synthesized (search/terms)
target: L12H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.21, 'first'),                          # a first-token sink: 56%
    (0.59, 'same_sentence'),                  # the query's own sentence: 6%
    (0.87, 'key_class', 'PERIOD'),            # periods: 4%
    (0.76, 'key_token', '.'),                 # the token '.': 4%
    (-1.31, 'pair', 'NAME', 'BOS'),           # away from name -> first token: 2%
    (-0.87, 'key_class', 'DET'),              # away from determiners: 2%
    (0.64, 'same_token'),                     # earlier copies of the query token: 2%
    (-1.22, 'key_class', 'PREP'),             # away from prepositions: 1%
    (-0.19, 'distance', 0),                   # the token itself: 1%
    (0.16, 'same_word'),                      # the query's own word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
