"""Mostly a first-token sink; otherwise content words, names and the token after an earlier copy of the query (induction).

head: L23H0
heldout_iou: 0.580
heldout_iou_no_bos: 0.366
name: L23H0
form: terms
terms: 7
origin: synthesized (search/terms)
target: L23H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.18, 'first'),                          # a first-token sink: 70%
    (1.07, 'key_class', 'CONTENT'),           # content words: 7%
    (2.28, 'key_class', 'NAME'),              # names: 5%
    (2.19, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (2.85, 'pair', 'PERIOD', 'NAME'),         # period -> name: 2%
    (1.69, 'word_start'),                     # word starts: 2%
    (0.3, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
