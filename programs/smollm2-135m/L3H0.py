"""Mainly the token ' the'; otherwise a first-token sink, away from the last determiner and away from the last number.

head: L3H0
heldout_iou: 0.535
heldout_iou_no_bos: 0.360
name: L3H0
form: terms
terms: 10
origin: synthesized (search/terms)
target: L3H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.08, 'key_token', ' the'),              # the token ' the': 48%
    (7.02, 'first'),                          # a first-token sink: 44%
    (-0.55, 'last', 'DET'),                   # away from the last determiner: 5%
    (-4.98, 'last', 'NUMBER'),                # away from the last number: 5%
    (0.79, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 3%
    (6.58, 'key_class', 'NUMBER'),            # numbers: 2%
    (0.35, 'same_sentence'),                  # the query's own sentence: 2%
    (0.6, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 2%
    (5.0, 'pair', 'PERIOD', 'PERIOD'),        # period -> period: 1%
    (0.96, 'key_class', 'CONTENT'),           # content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
