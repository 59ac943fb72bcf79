"""Mainly a first-token sink; otherwise the token ' the', content word -> content word and the query's own sentence.

head: L8H6
heldout_iou: 0.511
heldout_iou_no_bos: 0.446
name: L8H6
form: terms
terms: 5
origin: synthesized (search/terms)
target: L8H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.19, 'first'),                          # a first-token sink: 29%
    (3.18, 'key_token', ' the'),              # the token ' the': 24%
    (0.97, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 6%
    (0.35, 'same_sentence'),                  # the query's own sentence: 5%
    (0.89, 'word_start'),                     # word starts: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
