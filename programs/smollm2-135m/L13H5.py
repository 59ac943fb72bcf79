"""Mostly a first-token sink; otherwise the query's own sentence, the previous token and recent tokens.

head: L13H5
heldout_iou: 0.569
heldout_iou_no_bos: 0.412
name: L13H5
form: terms
terms: 15
origin: synthesized (search/terms)
target: L13H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.2, 'first'),                           # a first-token sink: 64%
    (2.95, 'same_sentence'),                  # the query's own sentence: 25%
    (1.91, 'distance', 1),                    # the previous token: 7%
    (-0.17, 'log_distance'),                  # recent tokens: 7%
    (1.99, 'distance', 2),                    # the token 2 back: 7%
    (1.79, 'distance', 3),                    # the token 3 back: 5%
    (1.92, 'last', 'PERIOD'),                 # the last period: 4%
    (1.52, 'key_class', 'PERIOD'),            # periods: 4%
    (2.28, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 3%
    (1.51, 'distance', 4),                    # the token 4 back: 3%
    (1.8, 'last', 'WH'),                      # the last wh-word: 3%
    (-0.15, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
    (-1.09, 'key_token', ' the'),             # away from the token ' the': 1%
    (1.23, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (-1.23, 'key_class', 'NAME'),             # away from names: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
