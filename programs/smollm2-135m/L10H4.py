"""Mainly the token ' the'; otherwise recent tokens, the previous token and away from the last determiner.

head: L10H4
heldout_iou: 0.398
heldout_iou_no_bos: 0.413
name: L10H4
form: terms
terms: 8
origin: synthesized (search/terms)
target: L10H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.93, 'key_token', ' the'),              # the token ' the': 38%
    (-0.6, 'log_distance'),                   # recent tokens: 22%
    (2.34, 'distance', 1),                    # the previous token: 20%
    (-1.69, 'last', 'DET'),                   # away from the last determiner: 12%
    (1.65, 'distance', 2),                    # the token 2 back: 8%
    (1.15, 'same_word'),                      # the query's own word: 8%
    (1.57, 'first'),                          # a first-token sink: 4%
    (1.32, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
