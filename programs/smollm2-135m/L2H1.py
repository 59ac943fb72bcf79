"""Mainly recent tokens; otherwise the previous token, the token 2 back and away from content words.

head: L2H1
heldout_iou: 0.708
heldout_iou_no_bos: 0.711
name: L2H1
form: terms
terms: 12
origin: synthesized (search/terms)
target: L2H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-2.16, 'log_distance'),                  # recent tokens: 52%
    (2.62, 'distance', 1),                    # the previous token: 49%
    (1.58, 'distance', 2),                    # the token 2 back: 9%
    (-0.27, 'key_class', 'CONTENT'),          # away from content words: 3%
    (0.9, 'key_token', ' the'),               # the token ' the': 3%
    (1.26, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 2%
    (0.54, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 2%
    (-0.8, 'pair', 'CONTENT', 'DET'),         # away from content word -> determiner: 1%
    (1.77, 'after', 'DET', 'PREP'),           # determiner -> the token after a preposition: 1%
    (0.77, 'key_distance', 'PERIOD', 1),      # the previous token when a period: 1%
    (0.53, 'word_start'),                     # word starts: 1%
    (-2.21, 'distance', 4),                   # the token 4 back: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
