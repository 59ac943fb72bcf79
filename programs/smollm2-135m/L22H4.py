"""Mostly a first-token sink; otherwise periods, content words and names.

head: L22H4
heldout_iou: 0.594
heldout_iou_no_bos: 0.349
name: L22H4
form: terms
terms: 11
origin: synthesized (search/terms)
target: L22H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.06, 'first'),                          # a first-token sink: 69%
    (1.37, 'key_class', 'PERIOD'),            # periods: 3%
    (0.47, 'key_class', 'CONTENT'),           # content words: 3%
    (1.25, 'key_class', 'NAME'),              # names: 2%
    (-1.25, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (0.94, 'same_token'),                     # earlier copies of the query token: 2%
    (0.24, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (1.55, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (2.1, 'pair', 'PERIOD', 'NAME'),          # period -> name: 1%
    (-0.55, 'word_start'),                    # away from word starts: 1%
    (2.02, 'key_token', ' mother'),           # the token ' mother': 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
