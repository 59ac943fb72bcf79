"""Mostly a first-token sink; otherwise the query's own sentence, away from period -> first token and recent tokens.

head: L15H0
heldout_iou: 0.674
heldout_iou_no_bos: 0.463
name: L15H0
form: terms
terms: 12
origin: synthesized (search/terms)
target: L15H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.84, 'first'),                          # a first-token sink: 72%
    (1.41, 'same_sentence'),                  # the query's own sentence: 10%
    (-2.58, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 4%
    (-0.14, 'log_distance'),                  # recent tokens: 3%
    (1.0, 'key_class', 'PERIOD'),             # periods: 2%
    (0.45, 'distance', 1),                    # the previous token: 1%
    (0.46, 'last', 'CONTENT'),                # the last content word: 1%
    (-3.64, 'pair', 'NEWLINE', 'BOS'),        # away from newline -> first token: 1%
    (-0.66, 'key_class', 'DET'),              # away from determiners: 1%
    (-1.3, 'pair', 'COMMA', 'BOS'),           # away from comma -> first token: 1%
    (-0.15, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
    (-1.11, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
