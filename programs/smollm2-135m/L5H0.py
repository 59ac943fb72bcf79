"""Mainly a first-token sink; otherwise the token ' the', periods and the query's own sentence.

head: L5H0
heldout_iou: 0.536
heldout_iou_no_bos: 0.481
name: L5H0
form: terms
terms: 8
origin: synthesized (search/terms)
target: L5H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.15, 'first'),                          # a first-token sink: 28%
    (2.83, 'key_token', ' the'),              # the token ' the': 21%
    (1.57, 'key_class', 'PERIOD'),            # periods: 8%
    (0.36, 'same_sentence'),                  # the query's own sentence: 5%
    (2.2, 'key_class', 'NEWLINE'),            # newlines: 3%
    (0.48, 'same_token'),                     # earlier copies of the query token: 2%
    (-0.58, 'key_class', 'PREP'),             # away from prepositions: 1%
    (1.61, 'key_class', 'QUOTE'),             # quotation marks: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
