"""Mostly a first-token sink; otherwise the token after an earlier copy of the query (induction), away from content word -> first token and name -> the token after a name.

head: L17H4
heldout_iou: 0.799
heldout_iou_no_bos: 0.231
name: L17H4
form: terms
terms: 4
origin: synthesized (search/terms)
target: L17H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (10.25, 'first'),                         # a first-token sink: 92%
    (6.08, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (-2.37, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
    (4.76, 'after', 'NAME', 'NAME'),          # name -> the token after a name: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
