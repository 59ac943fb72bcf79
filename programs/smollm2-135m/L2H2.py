"""Mainly recent tokens; otherwise the token itself, the previous token and a first-token sink.

head: L2H2
heldout_iou: 0.612
heldout_iou_no_bos: 0.612
name: L2H2
form: terms
terms: 12
origin: synthesized (search/terms)
target: L2H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-1.93, 'log_distance'),                  # recent tokens: 57%
    (-3.03, 'distance', 0),                   # the token itself: 55%
    (-1.02, 'distance', 1),                   # the previous token: 15%
    (2.43, 'first'),                          # a first-token sink: 9%
    (1.07, 'key_class', 'PERIOD'),            # periods: 7%
    (-0.8, 'key_distance', 'CONTENT', 1),     # away from the previous token when a content word: 3%
    (-0.58, 'key_distance', 'CONTENT', 2),    # away from the token 2 back when a content word: 2%
    (-0.42, 'key_class', 'NAME'),             # away from names: 2%
    (0.95, 'query_distance', 'DET', 0),       # itself, from determiners: 2%
    (0.66, 'pair', 'DET', 'DET'),             # determiner -> determiner: 1%
    (0.68, 'word_start'),                     # word starts: 1%
    (1.9, 'pair', 'PERIOD', 'BOS'),           # period -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
