"""Mostly a first-token sink; otherwise periods, content word -> first token and names.

head: L21H8
heldout_iou: 0.627
heldout_iou_no_bos: 0.286
name: L21H8
form: terms
terms: 6
origin: synthesized (search/terms)
target: L21H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.34, 'first'),                          # a first-token sink: 77%
    (2.02, 'key_class', 'PERIOD'),            # periods: 4%
    (1.18, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 4%
    (1.33, 'key_class', 'NAME'),              # names: 1%
    (1.69, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (-1.01, 'key_class', 'DET'),              # away from determiners: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
