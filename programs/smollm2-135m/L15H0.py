"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and content word -> first token.

head: L15H0
heldout_iou: 0.664
heldout_iou_no_bos: 0.478
name: L15H0
form: terms
terms: 13
origin: synthesized (search/terms)
target: L15H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.62, 'first'),                          # a first-token sink: 73%
    (1.35, 'same_sentence'),                  # the query's own sentence: 9%
    (-0.4, 'log_distance'),                   # recent tokens: 7%
    (0.57, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (-2.47, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 3%
    (1.25, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (-0.87, 'key_class', 'DET'),              # away from determiners: 1%
    (1.35, 'pair', 'PREP', 'BOS'),            # preposition -> first token: 1%
    (0.65, 'key_class', 'PERIOD'),            # periods: 1%
    (0.51, 'key_token', '.'),                 # the token '.': 1%
    (-0.39, 'distance', 0),                   # the token itself: 1%
    (-0.33, 'same_word'),                     # away from the query's own word: 1%
    (-1.25, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
