"""Mostly a first-token sink; otherwise content words, names and period -> name.

head: L23H1
heldout_iou: 0.643
heldout_iou_no_bos: 0.312
name: L23H1
form: terms
terms: 10
origin: synthesized (search/terms)
target: L23H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.24, 'first'),                          # a first-token sink: 81%
    (2.36, 'key_class', 'CONTENT'),           # content words: 7%
    (3.96, 'key_class', 'NAME'),              # names: 5%
    (3.27, 'pair', 'PERIOD', 'NAME'),         # period -> name: 2%
    (1.39, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (1.09, 'word_start'),                     # word starts: 1%
    (2.69, 'key_class', 'VERB_ING'),          # -ing verbs: 1%
    (2.86, 'after', 'PERIOD', 'PERIOD'),      # period -> the token after a period: 1%
    (1.26, 'after', 'DET', 'DET'),            # determiner -> the token after a determiner: 1%
    (2.37, 'key_class', 'VERB_ED'),           # -ed verbs: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
