"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and content word -> first token.

head: L18H3
heldout_iou: 0.528
heldout_iou_no_bos: 0.426
name: L18H3
form: terms
terms: 7
origin: synthesized (search/terms)
target: L18H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.48, 'first'),                          # a first-token sink: 56%
    (-0.61, 'log_distance'),                  # recent tokens: 17%
    (0.49, 'same_sentence'),                  # the query's own sentence: 7%
    (0.65, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 5%
    (1.74, 'pair', 'NAME', 'BOS'),            # name -> first token: 3%
    (0.5, 'key_class', 'PERIOD'),             # periods: 2%
    (0.46, 'key_token', '.'),                 # the token '.': 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
