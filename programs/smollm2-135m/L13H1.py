"""Mainly a first-token sink; otherwise the query's own sentence, the previous token and recent tokens.

head: L13H1
heldout_iou: 0.549
heldout_iou_no_bos: 0.515
name: L13H1
form: terms
terms: 12
origin: synthesized (search/terms)
target: L13H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.03, 'first'),                          # a first-token sink: 46%
    (2.61, 'same_sentence'),                  # the query's own sentence: 40%
    (2.4, 'distance', 1),                     # the previous token: 21%
    (-0.39, 'log_distance'),                  # recent tokens: 19%
    (1.49, 'distance', 2),                    # the token 2 back: 7%
    (-0.45, 'key_class', 'CONTENT'),          # away from content words: 5%
    (1.05, 'distance', 3),                    # the token 3 back: 3%
    (1.62, 'pair', 'NAME', 'BOS'),            # name -> first token: 3%
    (-1.19, 'key_class', 'NAME'),             # away from names: 3%
    (-0.3, 'key_distance', 'CONTENT', 1),     # away from the previous token when a content word: 2%
    (1.0, 'last', 'PERIOD'),                  # the last period: 1%
    (-1.59, 'query_distance', 'PERIOD', 1),   # away from the previous token, from periods: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
