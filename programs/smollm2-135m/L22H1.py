"""Mainly a first-token sink; otherwise recent tokens, the previous token and the query's own sentence.

head: L22H1
heldout_iou: 0.636
heldout_iou_no_bos: 0.626
name: L22H1
form: terms
terms: 14
origin: synthesized (search/terms)
target: L22H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.43, 'first'),                          # a first-token sink: 38%
    (-0.61, 'log_distance'),                  # recent tokens: 31%
    (2.76, 'distance', 1),                    # the previous token: 30%
    (1.31, 'same_sentence'),                  # the query's own sentence: 26%
    (0.45, 'same_word'),                      # the query's own word: 4%
    (3.47, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 4%
    (0.45, 'distance', 0),                    # the token itself: 4%
    (0.97, 'distance', 2),                    # the token 2 back: 3%
    (0.35, 'same_token'),                     # earlier copies of the query token: 3%
    (1.21, 'last', 'PERIOD'),                 # the last period: 2%
    (1.82, 'pair', 'CONJ', 'BOS'),            # conjunction -> first token: 2%
    (1.92, 'pair', 'COMMA', 'BOS'),           # comma -> first token: 1%
    (0.81, 'query_distance', 'DET', 2),       # the token 2 back, from determiners: 1%
    (0.28, 'key_distance', 'CONTENT', 2),     # the token 2 back when a content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
