"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and determiner -> first token.

head: L26H2
heldout_iou: 0.500
heldout_iou_no_bos: 0.425
name: L26H2
form: terms
terms: 13
origin: synthesized (search/terms)
target: L26H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.22, 'first'),                          # a first-token sink: 60%
    (1.65, 'same_sentence'),                  # the query's own sentence: 17%
    (-0.52, 'log_distance'),                  # recent tokens: 14%
    (2.75, 'pair', 'DET', 'BOS'),             # determiner -> first token: 3%
    (1.94, 'pair', 'NAME', 'BOS'),            # name -> first token: 3%
    (-0.66, 'same_word'),                     # away from the query's own word: 3%
    (0.7, 'key_class', 'PERIOD'),             # periods: 3%
    (0.64, 'key_token', '.'),                 # the token '.': 2%
    (0.77, 'last', 'PERIOD'),                 # the last period: 2%
    (-1.01, 'key_class', 'DET'),              # away from determiners: 2%
    (-0.53, 'distance', 0),                   # the token itself: 2%
    (2.02, 'pair', 'PRON_SUBJ', 'BOS'),       # subject pronoun -> first token: 1%
    (-0.74, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
