"""Mainly earlier copies of the query token; otherwise a first-token sink, recent tokens and the token ' the'.

head: L5H2
heldout_iou: 0.555
heldout_iou_no_bos: 0.547
name: L5H2
form: terms
terms: 8
origin: synthesized (search/terms)
target: L5H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.76, 'same_token'),                     # earlier copies of the query token: 35%
    (4.77, 'first'),                          # a first-token sink: 29%
    (-0.52, 'log_distance'),                  # recent tokens: 28%
    (3.08, 'key_token', ' the'),              # the token ' the': 19%
    (0.56, 'same_word'),                      # the query's own word: 11%
    (1.05, 'key_class', 'DET'),               # determiners: 11%
    (-0.87, 'last', 'DET'),                   # away from the last determiner: 7%
    (-0.7, 'pair', 'DET', 'DET'),             # away from determiner -> determiner: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
