"""Mostly a first-token sink; otherwise content words, content word -> first token and names.

head: L28H1
heldout_iou: 0.689
heldout_iou_no_bos: 0.339
name: L28H1
form: terms
terms: 11
origin: synthesized (search/terms)
target: L28H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.17, 'first'),                          # a first-token sink: 77%
    (1.68, 'key_class', 'CONTENT'),           # content words: 8%
    (1.11, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 6%
    (2.85, 'key_class', 'NAME'),              # names: 5%
    (0.68, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (1.36, 'word_start'),                     # word starts: 1%
    (-1.07, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (1.37, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (0.77, 'pair', 'CONTENT', 'NAME'),        # content word -> name: 1%
    (1.7, 'after', 'CONTENT', 'PERIOD'),      # content word -> the token after a period: 1%
    (1.36, 'key_class', 'VERB_ED'),           # -ed verbs: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
