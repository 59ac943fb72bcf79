"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and content word -> first token.

head: L12H7
heldout_iou: 0.566
heldout_iou_no_bos: 0.461
name: L12H7
form: terms
terms: 12
origin: synthesized (search/terms)
target: L12H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.46, 'first'),                          # a first-token sink: 53%
    (1.37, 'same_sentence'),                  # the query's own sentence: 17%
    (-0.58, 'log_distance'),                  # recent tokens: 17%
    (0.97, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 7%
    (1.44, 'pair', 'NAME', 'BOS'),            # name -> first token: 3%
    (1.12, 'key_class', 'PERIOD'),            # periods: 3%
    (1.32, 'pair', 'DET', 'BOS'),             # determiner -> first token: 3%
    (-1.0, 'key_class', 'DET'),               # away from determiners: 3%
    (-0.69, 'same_word'),                     # away from the query's own word: 2%
    (-0.64, 'distance', 0),                   # the token itself: 2%
    (-1.79, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
    (-0.25, 'same_token'),                    # away from earlier copies of the query token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
