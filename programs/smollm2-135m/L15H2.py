"""Mainly recent tokens; otherwise the query's own sentence, a first-token sink and the token itself.

head: L15H2
heldout_iou: 0.501
heldout_iou_no_bos: 0.496
name: L15H2
form: terms
terms: 13
origin: synthesized (search/terms)
target: L15H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-1.07, 'log_distance'),                  # recent tokens: 40%
    (1.95, 'same_sentence'),                  # the query's own sentence: 36%
    (4.31, 'first'),                          # a first-token sink: 23%
    (-1.65, 'distance', 0),                   # the token itself: 14%
    (-0.61, 'key_class', 'CONTENT'),          # away from content words: 9%
    (1.07, 'key_class', 'PERIOD'),            # periods: 7%
    (0.86, 'key_token', '.'),                 # the token '.': 6%
    (-0.73, 'same_word'),                     # away from the query's own word: 4%
    (-1.14, 'key_class', 'NAME'),             # away from names: 4%
    (0.44, 'last', 'PERIOD'),                 # the last period: 3%
    (1.92, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (-0.26, 'key_class', 'DET'),              # away from determiners: 1%
    (-0.83, 'key_token', ' the'),             # away from the token ' the': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
