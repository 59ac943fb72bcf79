"""Mainly the token ' the'; otherwise a first-token sink, away from the query's own sentence and content word -> first token.

head: L7H7
heldout_iou: 0.546
heldout_iou_no_bos: 0.420
name: L7H7
form: terms
terms: 6
origin: synthesized (search/terms)
target: L7H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.83, 'key_token', ' the'),              # the token ' the': 51%
    (7.32, 'first'),                          # a first-token sink: 45%
    (-1.39, 'same_sentence'),                 # away from the query's own sentence: 8%
    (0.34, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (2.95, 'same_token'),                     # earlier copies of the query token: 1%
    (1.36, 'same_word'),                      # the query's own word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
