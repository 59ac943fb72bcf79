"""Mostly a first-token sink; otherwise the token after an earlier copy of the query (induction), period -> the token after a period and name -> the token after a name.

head: L17H5
heldout_iou: 0.689
heldout_iou_no_bos: 0.288
name: L17H5
form: terms
terms: 6
origin: synthesized (search/terms)
target: L17H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.89, 'first'),                          # a first-token sink: 86%
    (5.24, 'induction'),                      # the token after an earlier copy of the query (induction): 7%
    (2.13, 'after', 'PERIOD', 'PERIOD'),      # period -> the token after a period: 2%
    (2.39, 'after', 'NAME', 'NAME'),          # name -> the token after a name: 1%
    (1.17, 'after', 'DET', 'DET'),            # determiner -> the token after a determiner: 1%
    (-0.53, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
