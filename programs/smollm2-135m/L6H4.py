"""Mainly a first-token sink; otherwise the token ' the', the query's own sentence and recent tokens.

head: L6H4
heldout_iou: 0.482
heldout_iou_no_bos: 0.452
name: L6H4
form: terms
terms: 15
origin: synthesized (search/terms)
target: L6H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.29, 'first'),                          # a first-token sink: 29%
    (3.82, 'key_token', ' the'),              # the token ' the': 22%
    (1.31, 'same_sentence'),                  # the query's own sentence: 21%
    (-0.35, 'log_distance'),                  # recent tokens: 15%
    (-1.52, 'last', 'DET'),                   # away from the last determiner: 11%
    (1.38, 'distance', 1),                    # the previous token: 9%
    (1.12, 'distance', 2),                    # the token 2 back: 6%
    (1.66, 'last', 'PERIOD'),                 # the last period: 4%
    (1.76, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 3%
    (-0.46, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 3%
    (-2.36, 'key_distance', 'DET', 1),        # away from the previous token when a determiner: 2%
    (0.52, 'distance', 3),                    # the token 3 back: 2%
    (-1.35, 'key_class', 'NAME'),             # away from names: 1%
    (0.84, 'word_start'),                     # word starts: 1%
    (1.32, 'query_distance', 'NAME', 1),      # the previous token, from names: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
