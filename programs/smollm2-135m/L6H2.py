"""Mainly the token ' the'; otherwise a first-token sink, away from the last determiner and away from period -> first token.

head: L6H2
heldout_iou: 0.510
heldout_iou_no_bos: 0.369
name: L6H2
form: terms
terms: 13
origin: synthesized (search/terms)
target: L6H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.65, 'key_token', ' the'),              # the token ' the': 47%
    (7.35, 'first'),                          # a first-token sink: 41%
    (-0.85, 'last', 'DET'),                   # away from the last determiner: 7%
    (-6.24, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 6%
    (-6.68, 'last', 'NUMBER'),                # away from the last number: 5%
    (-8.26, 'pair', 'PERIOD', 'DET'),         # away from period -> determiner: 4%
    (1.15, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 4%
    (0.65, 'same_sentence'),                  # the query's own sentence: 4%
    (-2.59, 'pair', 'PERIOD', 'CONTENT'),     # away from period -> content word: 3%
    (6.85, 'key_class', 'NUMBER'),            # numbers: 2%
    (1.61, 'key_class', 'CONTENT'),           # content words: 2%
    (0.57, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (1.88, 'word_start'),                     # word starts: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
