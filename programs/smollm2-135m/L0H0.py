"""Mostly determiners; otherwise away from content word -> determiner, auxiliaries and away from periods.

head: L0H0
heldout_iou: 0.649
heldout_iou_no_bos: 0.646
name: L0H0
form: terms
terms: 7
origin: synthesized (search/terms)
target: L0H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (1.01, 'key_class', 'DET'),               # determiners: 11%
    (-0.76, 'pair', 'CONTENT', 'DET'),        # away from content word -> determiner: 4%
    (0.2, 'key_class', 'AUX'),                # auxiliaries: 1%
    (-0.44, 'key_class', 'PERIOD'),           # away from periods: 1%
    (-0.29, 'key_token', '.'),                # away from the token '.': 1%
    (-0.38, 'key_class', 'TO'),               # away from 'to': 1%
    (-0.36, 'key_token', ' to'),              # away from the token ' to': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
