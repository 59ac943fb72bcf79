"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and content word -> first token.

head: L25H0
heldout_iou: 0.549
heldout_iou_no_bos: 0.412
name: L25H0
form: terms
terms: 11
origin: synthesized (search/terms)
target: L25H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.84, 'first'),                          # a first-token sink: 64%
    (-0.61, 'log_distance'),                  # recent tokens: 12%
    (0.27, 'same_sentence'),                  # the query's own sentence: 3%
    (0.36, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (-1.57, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (1.34, 'pair', 'DET', 'BOS'),             # determiner -> first token: 2%
    (-0.93, 'key_class', 'DET'),              # away from determiners: 2%
    (-0.99, 'key_class', 'PREP'),             # away from prepositions: 1%
    (-0.34, 'same_word'),                     # away from the query's own word: 1%
    (-0.27, 'distance', 0),                   # the token itself: 1%
    (0.49, 'last', 'PERIOD'),                 # the last period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
