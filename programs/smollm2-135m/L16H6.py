"""Mostly periods; otherwise the query's own sentence, a first-token sink and away from determiners.

head: L16H6
heldout_iou: 0.490
heldout_iou_no_bos: 0.491
name: L16H6
form: terms
terms: 11
origin: synthesized (search/terms)
target: L16H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.65, 'key_class', 'PERIOD'),            # periods: 26%
    (0.77, 'same_sentence'),                  # the query's own sentence: 11%
    (1.5, 'first'),                           # a first-token sink: 9%
    (-1.21, 'key_class', 'DET'),              # away from determiners: 5%
    (-1.03, 'key_class', 'PREP'),             # away from prepositions: 2%
    (1.81, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (0.38, 'key_token', ','),                 # the token ',': 1%
    (0.38, 'key_class', 'COMMA'),             # commas: 1%
    (-0.24, 'same_word'),                     # away from the query's own word: 1%
    (-0.16, 'distance', 0),                   # the token itself: 1%
    (-0.71, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
