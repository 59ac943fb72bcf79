"""Mostly a first-token sink; otherwise content words, recent tokens and names.

head: L27H2
heldout_iou: 0.472
heldout_iou_no_bos: 0.400
name: L27H2
form: terms
terms: 11
origin: synthesized (search/terms)
target: L27H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.97, 'first'),                          # a first-token sink: 47%
    (0.9, 'key_class', 'CONTENT'),            # content words: 10%
    (-0.29, 'log_distance'),                  # recent tokens: 8%
    (1.76, 'key_class', 'NAME'),              # names: 7%
    (0.77, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 6%
    (0.95, 'key_class', 'PERIOD'),            # periods: 4%
    (0.84, 'key_token', '.'),                 # the token '.': 4%
    (1.67, 'pair', 'NAME', 'BOS'),            # name -> first token: 3%
    (0.49, 'same_token'),                     # earlier copies of the query token: 2%
    (-1.09, 'pair', 'NAME', 'NAME'),          # away from name -> name: 1%
    (-0.91, 'pair', 'PERIOD', 'CONTENT'),     # away from period -> content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
