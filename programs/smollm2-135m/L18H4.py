"""Mostly a first-token sink; otherwise periods, the token '.' and content word -> first token.

head: L18H4
heldout_iou: 0.610
heldout_iou_no_bos: 0.394
name: L18H4
form: terms
terms: 11
origin: synthesized (search/terms)
target: L18H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.96, 'first'),                          # a first-token sink: 70%
    (1.71, 'key_class', 'PERIOD'),            # periods: 6%
    (0.36, 'key_token', '.'),                 # the token '.': 2%
    (0.3, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 2%
    (0.19, 'key_class', 'CONTENT'),           # content words: 1%
    (0.54, 'same_token'),                     # earlier copies of the query token: 1%
    (-0.76, 'pair', 'AUX', 'BOS'),            # away from auxiliary -> first token: 1%
    (1.2, 'last', 'CONJ'),                    # the last conjunction: 1%
    (0.95, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (1.42, 'key_class', 'NEWLINE'),           # newlines: 1%
    (-1.14, 'key_token', ' the'),             # away from the token ' the': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
