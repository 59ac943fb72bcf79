"""Mainly a first-token sink; otherwise the query's own sentence, recent tokens and the token ' the'.

head: L9H5
heldout_iou: 0.487
heldout_iou_no_bos: 0.459
name: L9H5
form: terms
terms: 13
origin: synthesized (search/terms)
target: L9H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.89, 'first'),                          # a first-token sink: 26%
    (1.09, 'same_sentence'),                  # the query's own sentence: 22%
    (-0.42, 'log_distance'),                  # recent tokens: 18%
    (3.13, 'key_token', ' the'),              # the token ' the': 16%
    (1.63, 'distance', 1),                    # the previous token: 13%
    (-1.46, 'last', 'DET'),                   # away from the last determiner: 9%
    (1.27, 'distance', 2),                    # the token 2 back: 8%
    (-0.94, 'key_class', 'NAME'),             # away from names: 3%
    (0.55, 'distance', 3),                    # the token 3 back: 2%
    (1.06, 'pair', 'NAME', 'BOS'),            # name -> first token: 2%
    (0.36, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 1%
    (-1.01, 'after', 'NAME', 'CONTENT'),      # away from name -> the token after a content word: 1%
    (-1.21, 'query_distance', 'PERIOD', 1),   # away from the previous token, from periods: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
