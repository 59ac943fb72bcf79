"""Mostly a first-token sink; otherwise recent tokens, content words and the query's own sentence.

head: L19H1
heldout_iou: 0.569
heldout_iou_no_bos: 0.519
name: L19H1
form: terms
terms: 15
origin: synthesized (search/terms)
target: L19H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.78, 'first'),                          # a first-token sink: 36%
    (-0.41, 'log_distance'),                  # recent tokens: 14%
    (0.51, 'key_class', 'CONTENT'),           # content words: 8%
    (0.47, 'same_sentence'),                  # the query's own sentence: 8%
    (0.64, 'key_class', 'PERIOD'),            # periods: 3%
    (0.49, 'key_token', '.'),                 # the token '.': 2%
    (0.41, 'key_class', 'NAME'),              # names: 2%
    (-0.35, 'same_word'),                     # away from the query's own word: 2%
    (-0.36, 'distance', 0),                   # the token itself: 2%
    (0.48, 'last', 'NAME'),                   # the last name: 1%
    (-1.14, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (-0.25, 'key_class', 'DET'),              # away from determiners: 1%
    (0.19, 'same_token'),                     # earlier copies of the query token: 1%
    (0.16, 'last', 'CONTENT'),                # the last content word: 1%
    (-0.32, 'key_class', 'AUX'),              # away from auxiliaries: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
