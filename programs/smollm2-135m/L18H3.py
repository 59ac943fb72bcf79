"""Mostly a first-token sink; otherwise recent tokens, content word -> first token and the query's own sentence.

head: L18H3
heldout_iou: 0.539
heldout_iou_no_bos: 0.435
name: L18H3
form: terms
terms: 8
origin: synthesized (search/terms)
target: L18H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.52, 'first'),                          # a first-token sink: 58%
    (-0.5, 'log_distance'),                   # recent tokens: 13%
    (0.98, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 7%
    (0.5, 'same_sentence'),                   # the query's own sentence: 6%
    (1.44, 'key_class', 'PERIOD'),            # periods: 5%
    (0.33, 'key_class', 'CONTENT'),           # content words: 3%
    (2.18, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (-1.19, 'key_token', ' the'),             # away from the token ' the': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
