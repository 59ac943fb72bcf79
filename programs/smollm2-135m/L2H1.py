"""Mainly recent tokens; otherwise the previous token, the token 2 back and away from content words.

head: L2H1
heldout_iou: 0.703
heldout_iou_no_bos: 0.706
name: L2H1
form: terms
terms: 12
origin: synthesized (search/terms)
target: L2H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-2.14, 'log_distance'),                  # recent tokens: 52%
    (2.69, 'distance', 1),                    # the previous token: 50%
    (1.57, 'distance', 2),                    # the token 2 back: 8%
    (-0.34, 'key_class', 'CONTENT'),          # away from content words: 4%
    (0.7, 'key_token', ' the'),               # the token ' the': 2%
    (1.16, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 2%
    (0.49, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 2%
    (-0.88, 'pair', 'CONTENT', 'DET'),        # away from content word -> determiner: 2%
    (1.71, 'after', 'DET', 'PREP'),           # determiner -> the token after a preposition: 1%
    (-0.49, 'last', 'NAME'),                  # away from the last name: 1%
    (-2.13, 'distance', 4),                   # the token 4 back: 1%
    (-0.76, 'distance', 3),                   # the token 3 back: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
