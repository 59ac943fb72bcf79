"""Mostly determiners; otherwise content words, recent tokens and away from content word -> determiner.

head: L0H0
heldout_iou: 0.679
heldout_iou_no_bos: 0.676
name: L0H0
form: terms
terms: 11
origin: synthesized (search/terms)
target: L0H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (1.31, 'key_class', 'DET'),               # determiners: 14%
    (0.28, 'key_class', 'CONTENT'),           # content words: 5%
    (-0.15, 'log_distance'),                  # recent tokens: 5%
    (-0.67, 'pair', 'CONTENT', 'DET'),        # away from content word -> determiner: 3%
    (0.55, 'key_class', 'AUX'),               # auxiliaries: 3%
    (0.58, 'first'),                          # a first-token sink: 3%
    (0.69, 'key_class', 'PRON_OBJ'),          # object pronouns: 2%
    (0.18, 'key_token', ' the'),              # the token ' the': 1%
    (-0.39, 'key_class', 'PERIOD'),           # away from periods: 1%
    (-0.8, 'key_class', 'COMMA'),             # away from commas: 1%
    (-1.0, 'last', 'TO'),                     # away from the last 'to': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
