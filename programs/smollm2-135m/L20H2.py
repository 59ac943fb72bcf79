"""Mostly a first-token sink; otherwise periods, away from tokens similar to the query and period -> the token after a period.

head: L20H2
heldout_iou: 0.608
heldout_iou_no_bos: 0.499
name: L20H2
form: terms
terms: 12
origin: synthesized (search/terms)
target: L20H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.41, 'first'),                          # a first-token sink: 46%
    (1.18, 'key_class', 'PERIOD'),            # periods: 6%
    (-0.21, 'embed_cosine'),                  # away from tokens similar to the query: 2%
    (3.02, 'after', 'PERIOD', 'PERIOD'),      # period -> the token after a period: 2%
    (-0.78, 'key_class', 'PREP'),             # away from prepositions: 2%
    (-0.54, 'key_class', 'DET'),              # away from determiners: 2%
    (0.44, 'key_class', 'NAME'),              # names: 1%
    (0.93, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (-0.92, 'key_class', 'TO'),               # away from 'to': 1%
    (-0.27, 'key_class', 'AUX'),              # away from auxiliaries: 1%
    (-0.06, 'same_sentence'),                 # away from the query's own sentence: 1%
    (1.84, 'key_token', ' girl'),             # the token ' girl': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
