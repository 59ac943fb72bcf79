"""Mostly a first-token sink; otherwise recent tokens, periods and the query's own sentence.

head: L14H7
heldout_iou: 0.563
heldout_iou_no_bos: 0.478
name: L14H7
form: terms
terms: 11
origin: synthesized (search/terms)
target: L14H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.49, 'first'),                          # a first-token sink: 40%
    (-0.26, 'log_distance'),                  # recent tokens: 9%
    (1.36, 'key_class', 'PERIOD'),            # periods: 8%
    (0.43, 'same_sentence'),                  # the query's own sentence: 6%
    (-0.83, 'key_class', 'DET'),              # away from determiners: 3%
    (0.91, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (0.31, 'last', 'CONTENT'),                # the last content word: 1%
    (-0.53, 'key_class', 'AUX'),              # away from auxiliaries: 1%
    (0.14, 'same_token'),                     # earlier copies of the query token: 1%
    (1.16, 'key_token', '\n'),                # the token '\n': 1%
    (0.09, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
