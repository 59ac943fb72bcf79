"""Mainly a first-token sink; otherwise the query's own sentence, the token ' the' and recent tokens.

head: L6H4
heldout_iou: 0.481
heldout_iou_no_bos: 0.456
name: L6H4
form: terms
terms: 15
origin: synthesized (search/terms)
target: L6H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.12, 'first'),                          # a first-token sink: 28%
    (1.33, 'same_sentence'),                  # the query's own sentence: 22%
    (3.99, 'key_token', ' the'),              # the token ' the': 22%
    (-0.41, 'log_distance'),                  # recent tokens: 17%
    (-1.78, 'last', 'DET'),                   # away from the last determiner: 13%
    (1.31, 'distance', 1),                    # the previous token: 10%
    (1.14, 'distance', 2),                    # the token 2 back: 7%
    (1.59, 'last', 'PERIOD'),                 # the last period: 4%
    (-0.74, 'pair', 'CONTENT', 'DET'),        # away from content word -> determiner: 3%
    (1.73, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (0.51, 'distance', 3),                    # the token 3 back: 2%
    (-0.33, 'last', 'CONTENT'),               # away from the last content word: 2%
    (-1.35, 'key_class', 'NAME'),             # away from names: 1%
    (1.39, 'query_distance', 'NAME', 1),      # the previous token, from names: 1%
    (0.67, 'word_start'),                     # word starts: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
