"""Mostly a first-token sink; otherwise the token ' the', the query's own sentence and periods.

head: L5H0
heldout_iou: 0.528
heldout_iou_no_bos: 0.476
name: L5H0
form: terms
terms: 11
origin: synthesized (search/terms)
target: L5H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.06, 'first'),                          # a first-token sink: 29%
    (2.36, 'key_token', ' the'),              # the token ' the': 15%
    (0.55, 'same_sentence'),                  # the query's own sentence: 8%
    (0.78, 'key_class', 'PERIOD'),            # periods: 4%
    (0.74, 'key_token', '.'),                 # the token '.': 4%
    (0.42, 'same_token'),                     # earlier copies of the query token: 2%
    (-1.36, 'key_token', ' a'),               # away from the token ' a': 2%
    (-1.1, 'key_class', 'PREP'),              # away from prepositions: 2%
    (0.77, 'after', 'DET', 'PREP'),           # determiner -> the token after a preposition: 1%
    (-0.16, 'distance', 0),                   # the token itself: 1%
    (0.38, 'pair', 'DET', 'DET'),             # determiner -> determiner: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
