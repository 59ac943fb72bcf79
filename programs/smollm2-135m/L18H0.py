"""Mainly a first-token sink; otherwise the query's own sentence, recent tokens and the last period.

head: L18H0
heldout_iou: 0.525
heldout_iou_no_bos: 0.464
name: L18H0
form: terms
terms: 13
origin: synthesized (search/terms)
target: L18H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.56, 'first'),                          # a first-token sink: 39%
    (1.48, 'same_sentence'),                  # the query's own sentence: 23%
    (-0.58, 'log_distance'),                  # recent tokens: 21%
    (1.67, 'last', 'PERIOD'),                 # the last period: 8%
    (0.6, 'key_class', 'PERIOD'),             # periods: 5%
    (0.55, 'key_token', '.'),                 # the token '.': 4%
    (-0.57, 'same_word'),                     # away from the query's own word: 3%
    (-0.53, 'distance', 0),                   # the token itself: 2%
    (0.74, 'last', 'CONJ'),                   # the last conjunction: 2%
    (-0.31, 'same_token'),                    # away from earlier copies of the query token: 1%
    (0.7, 'pair', 'PERIOD', 'BOS'),           # period -> first token: 1%
    (-1.08, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
    (-0.16, 'pair', 'CONTENT', 'PERIOD'),     # away from content word -> period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
