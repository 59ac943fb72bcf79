"""Mainly a first-token sink; otherwise the token ' the', earlier copies of the query token and content word -> first token.

head: L5H8
heldout_iou: 0.516
heldout_iou_no_bos: 0.365
name: L5H8
form: terms
terms: 7
origin: synthesized (search/terms)
target: L5H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.59, 'first'),                          # a first-token sink: 42%
    (5.13, 'key_token', ' the'),              # the token ' the': 41%
    (0.82, 'same_token'),                     # earlier copies of the query token: 2%
    (0.2, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 1%
    (-0.55, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 1%
    (0.42, 'same_word'),                      # the query's own word: 1%
    (0.38, 'distance', 0),                    # the token itself: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
