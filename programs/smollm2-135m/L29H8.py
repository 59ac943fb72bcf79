"""Mostly a first-token sink; otherwise names, content words and name -> first token.

head: L29H8
heldout_iou: 0.645
heldout_iou_no_bos: 0.406
name: L29H8
form: terms
terms: 9
origin: synthesized (search/terms)
target: L29H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.95, 'first'),                          # a first-token sink: 66%
    (2.19, 'key_class', 'NAME'),              # names: 8%
    (0.88, 'key_class', 'CONTENT'),           # content words: 7%
    (1.23, 'pair', 'NAME', 'BOS'),            # name -> first token: 2%
    (1.66, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (0.54, 'word_start'),                     # word starts: 1%
    (0.96, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (0.82, 'after', 'DET', 'DET'),            # determiner -> the token after a determiner: 1%
    (0.42, 'same_token'),                     # earlier copies of the query token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
