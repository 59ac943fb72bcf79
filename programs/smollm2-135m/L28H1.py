"""Mostly a first-token sink; otherwise content words, names and period -> content word.

head: L28H1
heldout_iou: 0.693
heldout_iou_no_bos: 0.342
name: L28H1
form: terms
terms: 9
origin: synthesized (search/terms)
target: L28H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.61, 'first'),                          # a first-token sink: 81%
    (1.82, 'key_class', 'CONTENT'),           # content words: 7%
    (2.91, 'key_class', 'NAME'),              # names: 3%
    (1.46, 'pair', 'PERIOD', 'CONTENT'),      # period -> content word: 1%
    (1.36, 'word_start'),                     # word starts: 1%
    (2.46, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (1.55, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (2.33, 'key_token', ' mother'),           # the token ' mother': 1%
    (1.83, 'key_class', 'VERB_ING'),          # -ing verbs: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
