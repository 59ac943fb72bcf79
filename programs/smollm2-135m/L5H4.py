"""Mainly the token ' the'; otherwise a first-token sink, away from period -> first token and away from the last number.

head: L5H4
heldout_iou: 0.531
heldout_iou_no_bos: 0.400
name: L5H4
form: terms
terms: 12
origin: synthesized (search/terms)
target: L5H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.11, 'key_token', ' the'),              # the token ' the': 46%
    (6.15, 'first'),                          # a first-token sink: 39%
    (-3.81, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 5%
    (-4.15, 'last', 'NUMBER'),                # away from the last number: 5%
    (-5.22, 'pair', 'PERIOD', 'DET'),         # away from period -> determiner: 4%
    (0.74, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 3%
    (5.72, 'key_class', 'NUMBER'),            # numbers: 2%
    (0.83, 'key_class', 'CONTENT'),           # content words: 2%
    (2.12, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 2%
    (0.37, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (-4.04, 'pair', 'NEWLINE', 'BOS'),        # away from newline -> first token: 1%
    (1.24, 'word_start'),                     # word starts: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
