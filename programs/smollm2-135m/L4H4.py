"""Mostly the token ' the'; otherwise a first-token sink, distant tokens and the query's own sentence.

head: L4H4
heldout_iou: 0.598
heldout_iou_no_bos: 0.372
name: L4H4
form: terms
terms: 5
origin: synthesized (search/terms)
target: L4H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (11.28, 'key_token', ' the'),             # the token ' the': 55%
    (9.27, 'first'),                          # a first-token sink: 40%
    (0.71, 'log_distance'),                   # distant tokens: 8%
    (1.22, 'same_sentence'),                  # the query's own sentence: 5%
    (0.63, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
