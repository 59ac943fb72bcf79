"""Mostly a first-token sink; otherwise content words, names and recent tokens.

head: L21H5
heldout_iou: 0.573
heldout_iou_no_bos: 0.447
name: L21H5
form: terms
terms: 10
origin: synthesized (search/terms)
target: L21H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.0, 'first'),                           # a first-token sink: 47%
    (0.77, 'key_class', 'CONTENT'),           # content words: 10%
    (1.24, 'key_class', 'NAME'),              # names: 6%
    (-0.2, 'log_distance'),                   # recent tokens: 5%
    (0.36, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (1.54, 'induction'),                      # the token after an earlier copy of the query (induction): 3%
    (0.54, 'word_start'),                     # word starts: 1%
    (-1.28, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (1.63, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (0.31, 'same_token'),                     # earlier copies of the query token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
