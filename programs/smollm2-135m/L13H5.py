"""Mostly a first-token sink; otherwise the query's own sentence, the token 2 back and the previous token.

head: L13H5
heldout_iou: 0.568
heldout_iou_no_bos: 0.412
name: L13H5
form: terms
terms: 15
origin: synthesized (search/terms)
target: L13H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.2, 'first'),                           # a first-token sink: 63%
    (2.55, 'same_sentence'),                  # the query's own sentence: 24%
    (1.91, 'distance', 2),                    # the token 2 back: 7%
    (1.78, 'distance', 1),                    # the previous token: 6%
    (1.63, 'distance', 3),                    # the token 3 back: 5%
    (1.78, 'last', 'PERIOD'),                 # the last period: 4%
    (1.09, 'key_class', 'PERIOD'),            # periods: 3%
    (2.04, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 3%
    (1.65, 'last', 'WH'),                     # the last wh-word: 2%
    (1.17, 'distance', 4),                    # the token 4 back: 2%
    (-0.87, 'key_class', 'PREP'),             # away from prepositions: 1%
    (-1.28, 'key_token', ' the'),             # away from the token ' the': 1%
    (1.38, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (-1.4, 'key_class', 'NAME'),              # away from names: 1%
    (-0.07, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
