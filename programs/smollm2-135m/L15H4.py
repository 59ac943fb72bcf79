"""Mostly a first-token sink; otherwise the query's own sentence, periods and recent tokens.

head: L15H4
heldout_iou: 0.589
heldout_iou_no_bos: 0.486
name: L15H4
form: terms
terms: 10
origin: synthesized (search/terms)
target: L15H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.83, 'first'),                          # a first-token sink: 61%
    (1.24, 'same_sentence'),                  # the query's own sentence: 11%
    (1.87, 'key_class', 'PERIOD'),            # periods: 7%
    (-0.16, 'log_distance'),                  # recent tokens: 5%
    (-0.45, 'same_word'),                     # away from the query's own word: 2%
    (0.9, 'pair', 'PERIOD', 'BOS'),           # period -> first token: 1%
    (0.15, 'key_class', 'CONTENT'),           # content words: 1%
    (-0.61, 'key_class', 'DET'),              # away from determiners: 1%
    (-0.16, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
    (0.31, 'same_token'),                     # earlier copies of the query token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
