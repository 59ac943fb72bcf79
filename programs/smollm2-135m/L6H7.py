"""Mainly a first-token sink; otherwise the token ' the', the query's own sentence and away from the last determiner.

head: L6H7
heldout_iou: 0.497
heldout_iou_no_bos: 0.438
name: L6H7
form: terms
terms: 8
origin: synthesized (search/terms)
target: L6H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.25, 'first'),                          # a first-token sink: 33%
    (4.53, 'key_token', ' the'),              # the token ' the': 33%
    (0.89, 'same_sentence'),                  # the query's own sentence: 13%
    (-1.55, 'last', 'DET'),                   # away from the last determiner: 12%
    (1.7, 'distance', 1),                     # the previous token: 7%
    (1.5, 'same_word'),                       # the query's own word: 6%
    (0.34, 'key_class', 'CONTENT'),           # content words: 3%
    (1.03, 'distance', 2),                    # the token 2 back: 3%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
