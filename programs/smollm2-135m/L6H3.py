"""Mainly a first-token sink; otherwise the token ' the', distant tokens and away from the last number.

head: L6H3
heldout_iou: 0.549
heldout_iou_no_bos: 0.439
name: L6H3
form: terms
terms: 11
origin: synthesized (search/terms)
target: L6H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.89, 'first'),                          # a first-token sink: 39%
    (3.99, 'key_token', ' the'),              # the token ' the': 32%
    (0.19, 'log_distance'),                   # distant tokens: 5%
    (-2.98, 'last', 'NUMBER'),                # away from the last number: 4%
    (0.88, 'same_token'),                     # earlier copies of the query token: 3%
    (3.31, 'key_class', 'NUMBER'),            # numbers: 2%
    (0.23, 'key_class', 'CONTENT'),           # content words: 1%
    (2.49, 'pair', 'AUX', 'AUX'),             # auxiliary -> auxiliary: 1%
    (0.09, 'same_sentence'),                  # the query's own sentence: 1%
    (0.75, 'word_start'),                     # word starts: 1%
    (0.05, 'key_class', 'DET'),               # determiners: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
