"""Mostly a first-token sink; otherwise periods, the query's own sentence and away from determiners.

head: L15H3
heldout_iou: 0.612
heldout_iou_no_bos: 0.550
name: L15H3
form: terms
terms: 10
origin: synthesized (search/terms)
target: L15H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.73, 'first'),                          # a first-token sink: 45%
    (1.55, 'key_class', 'PERIOD'),            # periods: 10%
    (0.88, 'same_sentence'),                  # the query's own sentence: 9%
    (-0.93, 'key_class', 'DET'),              # away from determiners: 3%
    (0.41, 'last', 'PERIOD'),                 # the last period: 2%
    (-0.76, 'key_class', 'PREP'),             # away from prepositions: 2%
    (1.55, 'key_class', 'NEWLINE'),           # newlines: 1%
    (0.4, 'key_class', 'NAME'),               # names: 1%
    (-0.45, 'key_class', 'VERB_ING'),         # away from -ing verbs: 1%
    (-0.75, 'key_class', 'TO'),               # away from 'to': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
