"""Mostly a first-token sink; otherwise distant tokens, names and content words.

head: L23H2
heldout_iou: 0.822
heldout_iou_no_bos: 0.240
name: L23H2
form: terms
terms: 8
origin: synthesized (search/terms)
target: L23H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (10.03, 'first'),                         # a first-token sink: 94%
    (0.83, 'log_distance'),                   # distant tokens: 2%
    (4.4, 'key_class', 'NAME'),               # names: 1%
    (2.97, 'key_class', 'CONTENT'),           # content words: 1%
    (4.41, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (3.78, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (4.54, 'key_token', ' mother'),           # the token ' mother': 0%
    (-0.66, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
