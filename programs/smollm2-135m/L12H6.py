"""Mainly a first-token sink; otherwise recent tokens, the query's own sentence and the token itself.

head: L12H6
heldout_iou: 0.579
heldout_iou_no_bos: 0.561
name: L12H6
form: terms
terms: 13
origin: synthesized (search/terms)
target: L12H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.75, 'first'),                          # a first-token sink: 40%
    (-1.09, 'log_distance'),                  # recent tokens: 39%
    (2.22, 'same_sentence'),                  # the query's own sentence: 36%
    (-1.11, 'distance', 0),                   # the token itself: 7%
    (-0.38, 'embed_cosine'),                  # away from tokens similar to the query: 5%
    (1.07, 'last', 'PERIOD'),                 # the last period: 3%
    (-0.57, 'same_token'),                    # away from earlier copies of the query token: 3%
    (0.56, 'key_class', 'PERIOD'),            # periods: 2%
    (1.64, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (0.45, 'key_token', '.'),                 # the token '.': 2%
    (-0.4, 'key_class', 'DET'),               # away from determiners: 1%
    (-0.17, 'same_word'),                     # away from the query's own word: 1%
    (-0.68, 'key_token', ' the'),             # away from the token ' the': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
