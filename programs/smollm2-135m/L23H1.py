"""Mostly a first-token sink; otherwise content words, names and period -> name.

head: L23H1
heldout_iou: 0.638
heldout_iou_no_bos: 0.314
name: L23H1
form: terms
terms: 7
origin: synthesized (search/terms)
target: L23H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.81, 'first'),                          # a first-token sink: 79%
    (2.06, 'key_class', 'CONTENT'),           # content words: 7%
    (3.49, 'key_class', 'NAME'),              # names: 6%
    (3.37, 'pair', 'PERIOD', 'NAME'),         # period -> name: 2%
    (2.43, 'key_class', 'VERB_ING'),          # -ing verbs: 1%
    (2.03, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (2.08, 'key_class', 'VERB_ED'),           # -ed verbs: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
