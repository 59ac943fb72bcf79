"""Mostly a first-token sink; otherwise periods, the token '.' and content word -> first token.

head: L20H4
heldout_iou: 0.819
heldout_iou_no_bos: 0.406
name: L20H4
form: terms
terms: 5
origin: synthesized (search/terms)
target: L20H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.28, 'first'),                          # a first-token sink: 85%
    (1.18, 'key_class', 'PERIOD'),            # periods: 2%
    (1.08, 'key_token', '.'),                 # the token '.': 2%
    (0.53, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (1.55, 'induction'),                      # the token after an earlier copy of the query (induction): 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
