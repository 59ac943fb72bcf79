"""Mainly a first-token sink; otherwise recent tokens, the token itself and the query's own sentence.

head: L13H0
heldout_iou: 0.643
heldout_iou_no_bos: 0.591
name: L13H0
form: terms
terms: 13
origin: synthesized (search/terms)
target: L13H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.14, 'first'),                          # a first-token sink: 46%
    (-0.59, 'log_distance'),                  # recent tokens: 29%
    (1.98, 'distance', 0),                    # the token itself: 22%
    (1.06, 'same_sentence'),                  # the query's own sentence: 21%
    (0.9, 'distance', 1),                     # the previous token: 4%
    (-0.24, 'key_class', 'CONTENT'),          # away from content words: 3%
    (-0.12, 'same_word'),                     # away from the query's own word: 2%
    (0.78, 'key_class', 'PERIOD'),            # periods: 2%
    (0.71, 'key_token', '.'),                 # the token '.': 2%
    (-1.63, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 2%
    (0.21, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (0.7, 'pair', 'DET', 'BOS'),              # determiner -> first token: 2%
    (0.06, 'same_token'),                     # earlier copies of the query token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
