"""Mostly a first-token sink; otherwise content words, names and away from period -> first token.

head: L28H1
heldout_iou: 0.694
heldout_iou_no_bos: 0.344
name: L28H1
form: terms
terms: 9
origin: synthesized (search/terms)
target: L28H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.61, 'first'),                          # a first-token sink: 82%
    (1.82, 'key_class', 'CONTENT'),           # content words: 7%
    (2.75, 'key_class', 'NAME'),              # names: 3%
    (-1.3, 'pair', 'PERIOD', 'BOS'),          # away from period -> first token: 2%
    (1.3, 'word_start'),                      # word starts: 1%
    (1.57, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (1.52, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (2.27, 'key_token', ' mother'),           # the token ' mother': 1%
    (1.66, 'key_class', 'VERB_ING'),          # -ing verbs: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
