"""Mostly a first-token sink; otherwise earlier copies of the query token, recent tokens and the query's own sentence.

head: L19H5
heldout_iou: 0.675
heldout_iou_no_bos: 0.475
name: L19H5
form: terms
terms: 11
origin: synthesized (search/terms)
target: L19H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.82, 'first'),                          # a first-token sink: 69%
    (1.19, 'same_token'),                     # earlier copies of the query token: 4%
    (-0.11, 'log_distance'),                  # recent tokens: 3%
    (0.3, 'same_sentence'),                   # the query's own sentence: 3%
    (0.37, 'same_word'),                      # the query's own word: 2%
    (1.76, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (-0.6, 'pair', 'PERIOD', 'BOS'),          # away from period -> first token: 1%
    (0.16, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (0.61, 'last', 'PERIOD'),                 # the last period: 1%
    (-0.3, 'key_class', 'DET'),               # away from determiners: 1%
    (-0.11, 'distance', 0),                   # the token itself: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
