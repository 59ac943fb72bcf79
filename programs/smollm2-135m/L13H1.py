"""Mainly a first-token sink; otherwise the query's own sentence, the previous token and the token 2 back.

head: L13H1
heldout_iou: 0.561
heldout_iou_no_bos: 0.517
name: L13H1
form: terms
terms: 14
origin: synthesized (search/terms)
target: L13H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.99, 'first'),                          # a first-token sink: 46%
    (2.57, 'same_sentence'),                  # the query's own sentence: 40%
    (2.61, 'distance', 1),                    # the previous token: 20%
    (2.21, 'distance', 2),                    # the token 2 back: 10%
    (-0.08, 'log_distance'),                  # recent tokens: 4%
    (1.09, 'same_token'),                     # earlier copies of the query token: 4%
    (1.34, 'distance', 3),                    # the token 3 back: 3%
    (0.49, 'query_distance', 'CONTENT', 1),   # the previous token, from content words: 3%
    (1.29, 'last', 'PERIOD'),                 # the last period: 2%
    (0.18, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (1.55, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (0.31, 'last', 'AUX'),                    # the last auxiliary: 1%
    (-1.0, 'key_class', 'NAME'),              # away from names: 1%
    (0.25, 'key_class', 'AUX'),               # auxiliaries: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
