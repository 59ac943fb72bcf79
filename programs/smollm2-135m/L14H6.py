"""Mostly a first-token sink; otherwise recent tokens, periods and content word -> first token.

head: L14H6
heldout_iou: 0.559
heldout_iou_no_bos: 0.444
name: L14H6
form: terms
terms: 7
origin: synthesized (search/terms)
target: L14H6
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.37, 'first'),                          # a first-token sink: 54%
    (-0.61, 'log_distance'),                  # recent tokens: 15%
    (1.11, 'key_class', 'PERIOD'),            # periods: 5%
    (0.43, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (0.27, 'key_class', 'CONTENT'),           # content words: 3%
    (-0.62, 'same_word'),                     # away from the query's own word: 2%
    (-0.79, 'key_class', 'DET'),              # away from determiners: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
