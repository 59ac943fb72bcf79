"""Mainly recent tokens; otherwise away from content words, the token itself and the token '.'.

head: L1H5
heldout_iou: 0.520
heldout_iou_no_bos: 0.517
name: L1H5
form: terms
terms: 13
origin: synthesized (search/terms)
target: L1H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.87, 'log_distance'),                  # recent tokens: 29%
    (-0.91, 'key_class', 'CONTENT'),          # away from content words: 14%
    (-0.95, 'distance', 0),                   # the token itself: 10%
    (0.73, 'key_token', '.'),                 # the token '.': 7%
    (0.85, 'key_token', ' to'),               # the token ' to': 6%
    (0.83, 'key_class', 'TO'),                # 'to': 6%
    (0.54, 'key_class', 'PERIOD'),            # periods: 6%
    (-1.52, 'key_class', 'NAME'),             # away from names: 5%
    (-2.89, 'first'),                         # a first-token sink: 4%
    (-1.33, 'key_class', 'VERB_ED'),          # away from -ed verbs: 3%
    (0.38, 'key_class', 'PREP'),              # prepositions: 3%
    (0.67, 'key_token', ' of'),               # the token ' of': 1%
    (1.92, 'key_distance', 'COMMA', 1),       # the previous token when a comma: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
