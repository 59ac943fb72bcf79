"""Mostly a first-token sink; otherwise names, content words and away from period -> first token.

head: L28H0
heldout_iou: 0.717
heldout_iou_no_bos: 0.408
name: L28H0
form: terms
terms: 7
origin: synthesized (search/terms)
target: L28H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.81, 'first'),                          # a first-token sink: 79%
    (3.0, 'key_class', 'NAME'),               # names: 5%
    (0.65, 'key_class', 'CONTENT'),           # content words: 2%
    (-1.31, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (1.05, 'word_start'),                     # word starts: 1%
    (1.17, 'after', 'CONTENT', 'PERIOD'),     # content word -> the token after a period: 0%
    (1.14, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
