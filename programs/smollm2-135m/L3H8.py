"""Mainly the query's own sentence; otherwise a first-token sink, the token ' the' and the previous token when a content word.

head: L3H8
heldout_iou: 0.497
heldout_iou_no_bos: 0.467
name: L3H8
form: terms
terms: 15
origin: synthesized (search/terms)
target: L3H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (1.54, 'same_sentence'),                  # the query's own sentence: 27%
    (2.6, 'first'),                           # a first-token sink: 18%
    (1.57, 'key_token', ' the'),              # the token ' the': 8%
    (1.14, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 3%
    (0.19, 'key_class', 'CONTENT'),           # content words: 3%
    (0.45, 'distance', 2),                    # the token 2 back: 3%
    (0.52, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (-0.42, 'last', 'DET'),                   # away from the last determiner: 3%
    (1.1, 'last', 'PERIOD'),                  # the last period: 2%
    (0.87, 'pair', 'DET', 'DET'),             # determiner -> determiner: 2%
    (0.65, 'word_start'),                     # word starts: 1%
    (0.25, 'distance', 3),                    # the token 3 back: 1%
    (0.66, 'last', 'NAME'),                   # the last name: 1%
    (1.19, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (1.47, 'pair', 'NAME', 'DET'),            # name -> determiner: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
