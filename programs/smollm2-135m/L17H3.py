"""Mostly a first-token sink; otherwise the token after an earlier copy of the query (induction), content words and away from content word -> first token.

head: L17H3
heldout_iou: 0.864
heldout_iou_no_bos: 0.236
name: L17H3
form: terms
terms: 6
origin: synthesized (search/terms)
target: L17H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (11.91, 'first'),                         # a first-token sink: 91%
    (9.04, 'induction'),                      # the token after an earlier copy of the query (induction): 5%
    (1.19, 'key_class', 'CONTENT'),           # content words: 1%
    (-1.27, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
    (-1.68, 'after', 'DET', 'DET'),           # away from determiner -> the token after a determiner: 1%
    (2.52, 'after', 'NAME', 'NAME'),          # name -> the token after a name: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
