"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and earlier copies of the query token.

head: L25H7
heldout_iou: 0.705
heldout_iou_no_bos: 0.430
name: L25H7
form: terms
terms: 9
origin: synthesized (search/terms)
target: L25H7
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.73, 'first'),                          # a first-token sink: 81%
    (0.89, 'same_sentence'),                  # the query's own sentence: 4%
    (-0.14, 'log_distance'),                  # recent tokens: 3%
    (0.66, 'same_token'),                     # earlier copies of the query token: 1%
    (0.26, 'key_class', 'CONTENT'),           # content words: 1%
    (1.51, 'last', 'PERIOD'),                 # the last period: 1%
    (0.25, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (0.59, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (0.2, 'same_word'),                       # the query's own word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
