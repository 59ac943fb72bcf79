"""Mostly a first-token sink; otherwise recent tokens, periods and the query's own sentence.

head: L14H7
heldout_iou: 0.562
heldout_iou_no_bos: 0.476
name: L14H7
form: terms
terms: 11
origin: synthesized (search/terms)
target: L14H7
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.47, 'first'),                          # a first-token sink: 38%
    (-0.28, 'log_distance'),                  # recent tokens: 10%
    (1.34, 'key_class', 'PERIOD'),            # periods: 8%
    (0.44, 'same_sentence'),                  # the query's own sentence: 7%
    (-0.97, 'key_class', 'DET'),              # away from determiners: 3%
    (0.32, 'last', 'CONTENT'),                # the last content word: 2%
    (0.94, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (0.09, 'key_class', 'CONTENT'),           # content words: 1%
    (-0.56, 'key_class', 'AUX'),              # away from auxiliaries: 1%
    (0.16, 'same_token'),                     # earlier copies of the query token: 1%
    (0.14, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
