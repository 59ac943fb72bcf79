"""Mainly the token itself; otherwise a first-token sink, content word -> first token and away from content words.

head: L12H5
heldout_iou: 0.646
heldout_iou_no_bos: 0.644
name: L12H5
form: terms
terms: 9
origin: synthesized (search/terms)
target: L12H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.06, 'distance', 0),                    # the token itself: 47%
    (4.5, 'first'),                           # a first-token sink: 38%
    (0.94, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 8%
    (-0.54, 'key_class', 'CONTENT'),          # away from content words: 6%
    (0.58, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 4%
    (2.62, 'distance', 1),                    # the previous token: 4%
    (0.69, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (1.1, 'distance', 2),                     # the token 2 back: 1%
    (0.85, 'distance', 3),                    # the token 3 back: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
