"""Mainly a first-token sink; otherwise the query's own sentence, recent tokens and the token ' the'.

head: L3H7
heldout_iou: 0.495
heldout_iou_no_bos: 0.467
name: L3H7
form: terms
terms: 14
origin: synthesized (search/terms)
target: L3H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.06, 'first'),                          # a first-token sink: 21%
    (1.07, 'same_sentence'),                  # the query's own sentence: 20%
    (-0.38, 'log_distance'),                  # recent tokens: 15%
    (1.9, 'key_token', ' the'),               # the token ' the': 10%
    (0.85, 'last', 'PERIOD'),                 # the last period: 4%
    (0.51, 'key_class', 'PERIOD'),            # periods: 4%
    (0.46, 'same_token'),                     # earlier copies of the query token: 3%
    (-0.37, 'distance', 0),                   # the token itself: 3%
    (0.44, 'key_token', '.'),                 # the token '.': 3%
    (-0.34, 'same_word'),                     # away from the query's own word: 3%
    (-0.98, 'key_class', 'NAME'),             # away from names: 2%
    (1.4, 'word_start'),                      # word starts: 2%
    (-0.07, 'key_class', 'DET'),              # away from determiners: 1%
    (0.27, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
