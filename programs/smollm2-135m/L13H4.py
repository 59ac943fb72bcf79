"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and the previous token.

head: L13H4
heldout_iou: 0.543
heldout_iou_no_bos: 0.433
name: L13H4
form: terms
terms: 12
origin: synthesized (search/terms)
target: L13H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.83, 'first'),                          # a first-token sink: 61%
    (2.18, 'same_sentence'),                  # the query's own sentence: 27%
    (-0.42, 'log_distance'),                  # recent tokens: 17%
    (2.24, 'distance', 1),                    # the previous token: 12%
    (1.7, 'distance', 2),                     # the token 2 back: 8%
    (1.25, 'last', 'PREP'),                   # the last preposition: 4%
    (0.84, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 3%
    (1.01, 'distance', 3),                    # the token 3 back: 2%
    (-1.92, 'key_class', 'NAME'),             # away from names: 2%
    (1.92, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (0.75, 'query_distance', 'CONTENT', 3),   # the token 3 back, from content words: 1%
    (0.7, 'last', 'PERIOD'),                  # the last period: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
