"""Mostly a first-token sink; otherwise recent tokens, content words and periods.

head: L22H2
heldout_iou: 0.509
heldout_iou_no_bos: 0.386
name: L22H2
form: terms
terms: 12
origin: synthesized (search/terms)
target: L22H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.49, 'first'),                          # a first-token sink: 57%
    (-0.28, 'log_distance'),                  # recent tokens: 6%
    (0.6, 'key_class', 'CONTENT'),            # content words: 6%
    (1.37, 'key_class', 'PERIOD'),            # periods: 5%
    (0.38, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (1.36, 'key_class', 'NAME'),              # names: 2%
    (-1.23, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (-0.1, 'same_sentence'),                  # away from the query's own sentence: 1%
    (1.23, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (1.76, 'key_token', ' mother'),           # the token ' mother': 1%
    (0.74, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (-0.83, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
