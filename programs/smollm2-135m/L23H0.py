"""Mostly a first-token sink; otherwise content words, names and the token after an earlier copy of the query (induction).

head: L23H0
heldout_iou: 0.580
heldout_iou_no_bos: 0.365
name: L23H0
form: terms
terms: 7
origin: synthesized (search/terms)
target: L23H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.17, 'first'),                          # a first-token sink: 71%
    (1.02, 'key_class', 'CONTENT'),           # content words: 7%
    (2.08, 'key_class', 'NAME'),              # names: 4%
    (2.19, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (1.92, 'word_start'),                     # word starts: 2%
    (2.65, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (0.18, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
