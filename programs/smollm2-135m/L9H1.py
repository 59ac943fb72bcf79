"""Mainly a first-token sink; otherwise recent tokens, the token ' the' and the query's own sentence.

head: L9H1
heldout_iou: 0.518
heldout_iou_no_bos: 0.491
name: L9H1
form: terms
terms: 13
origin: synthesized (search/terms)
target: L9H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.44, 'first'),                          # a first-token sink: 26%
    (-0.5, 'log_distance'),                   # recent tokens: 17%
    (2.29, 'key_token', ' the'),              # the token ' the': 11%
    (0.61, 'same_sentence'),                  # the query's own sentence: 11%
    (0.35, 'key_class', 'CONTENT'),           # content words: 6%
    (-0.7, 'distance', 0),                    # the token itself: 4%
    (-0.49, 'last', 'DET'),                   # away from the last determiner: 3%
    (0.42, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 3%
    (-0.52, 'same_word'),                     # away from the query's own word: 3%
    (0.32, 'key_class', 'PERIOD'),            # periods: 1%
    (0.36, 'last', 'PERIOD'),                 # the last period: 1%
    (0.23, 'key_token', '.'),                 # the token '.': 1%
    (0.93, 'query_distance', 'DET', 0),       # itself, from determiners: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
