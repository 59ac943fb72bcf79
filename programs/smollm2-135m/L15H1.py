"""Mostly a first-token sink; otherwise periods, the token '.' and the query's own sentence.

head: L15H1
heldout_iou: 0.609
heldout_iou_no_bos: 0.490
name: L15H1
form: terms
terms: 11
origin: synthesized (search/terms)
target: L15H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.13, 'first'),                          # a first-token sink: 56%
    (1.63, 'key_class', 'PERIOD'),            # periods: 11%
    (0.66, 'key_token', '.'),                 # the token '.': 6%
    (0.61, 'same_sentence'),                  # the query's own sentence: 4%
    (0.42, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (1.61, 'key_class', 'NEWLINE'),           # newlines: 1%
    (0.72, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (-0.74, 'key_class', 'PREP'),             # away from prepositions: 1%
    (-1.57, 'key_token', ' the'),             # away from the token ' the': 1%
    (0.73, 'pair', 'PREP', 'BOS'),            # preposition -> first token: 1%
    (0.86, 'key_token', '\n'),                # the token '\n': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
