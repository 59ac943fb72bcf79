"""Mostly a first-token sink; otherwise periods, the token '.' and the last period.

head: L18H4
heldout_iou: 0.611
heldout_iou_no_bos: 0.394
name: L18H4
form: terms
terms: 12
origin: synthesized (search/terms)
target: L18H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.9, 'first'),                           # a first-token sink: 69%
    (1.29, 'key_class', 'PERIOD'),            # periods: 5%
    (0.41, 'key_token', '.'),                 # the token '.': 2%
    (0.53, 'last', 'PERIOD'),                 # the last period: 2%
    (0.26, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (0.18, 'key_class', 'CONTENT'),           # content words: 1%
    (0.53, 'same_token'),                     # earlier copies of the query token: 1%
    (-0.64, 'pair', 'AUX', 'BOS'),            # away from auxiliary -> first token: 1%
    (1.06, 'last', 'CONJ'),                   # the last conjunction: 1%
    (0.95, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (-1.1, 'key_token', ' the'),              # away from the token ' the': 1%
    (1.36, 'key_class', 'NEWLINE'),           # newlines: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
