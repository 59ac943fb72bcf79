"""Mostly a first-token sink; otherwise the token ' the', periods and away from determiners.

head: L3H6
heldout_iou: 0.620
heldout_iou_no_bos: 0.473
name: L3H6
form: terms
terms: 11
origin: synthesized (search/terms)
target: L3H6
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.03, 'first'),                          # a first-token sink: 44%
    (3.94, 'key_token', ' the'),              # the token ' the': 28%
    (1.51, 'key_class', 'PERIOD'),            # periods: 4%
    (-0.25, 'key_class', 'DET'),              # away from determiners: 4%
    (1.17, 'same_token'),                     # earlier copies of the query token: 3%
    (0.09, 'log_distance'),                   # distant tokens: 2%
    (-1.4, 'pair', 'PERIOD', 'PERIOD'),       # away from period -> period: 1%
    (-1.79, 'after', 'CONTENT', 'CONJ'),      # away from content word -> the token after a conjunction: 1%
    (-0.44, 'key_class', 'PREP'),             # away from prepositions: 1%
    (-0.1, 'key_class', 'CONTENT'),           # away from content words: 1%
    (0.79, 'word_start'),                     # word starts: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
