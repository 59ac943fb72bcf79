"""Mostly a first-token sink; otherwise recent tokens, content words and earlier copies of the query token.

head: L21H7
heldout_iou: 0.397
heldout_iou_no_bos: 0.346
name: L21H7
form: terms
terms: 7
origin: synthesized (search/terms)
target: L21H7
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.03, 'first'),                          # a first-token sink: 40%
    (-0.67, 'log_distance'),                  # recent tokens: 23%
    (0.31, 'key_class', 'CONTENT'),           # content words: 4%
    (0.45, 'same_token'),                     # earlier copies of the query token: 4%
    (1.35, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (0.58, 'last', 'PERIOD'),                 # the last period: 2%
    (0.39, 'last', 'PREP'),                   # the last preposition: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
