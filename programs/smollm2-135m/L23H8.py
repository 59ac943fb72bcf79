"""Mostly a first-token sink; otherwise content words, away from period -> first token and content word -> first token.

head: L23H8
heldout_iou: 0.706
heldout_iou_no_bos: 0.340
name: L23H8
form: terms
terms: 12
origin: synthesized (search/terms)
target: L23H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.9, 'first'),                           # a first-token sink: 79%
    (0.93, 'key_class', 'CONTENT'),           # content words: 4%
    (-1.52, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (0.51, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (1.59, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 2%
    (1.8, 'induction'),                       # the token after an earlier copy of the query (induction): 1%
    (1.23, 'key_class', 'NAME'),              # names: 1%
    (1.59, 'key_class', 'PRON_OBJ'),          # object pronouns: 1%
    (2.51, 'key_token', ' mother'),           # the token ' mother': 1%
    (1.25, 'word_start'),                     # word starts: 1%
    (1.75, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (0.31, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
