"""Mostly a first-token sink; otherwise recent tokens, content words and content word -> first token.

head: L12H4
heldout_iou: 0.491
heldout_iou_no_bos: 0.429
name: L12H4
form: terms
terms: 8
origin: synthesized (search/terms)
target: L12H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.37, 'first'),                          # a first-token sink: 46%
    (-0.61, 'log_distance'),                  # recent tokens: 21%
    (0.82, 'key_class', 'CONTENT'),           # content words: 12%
    (1.15, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 8%
    (0.38, 'same_sentence'),                  # the query's own sentence: 6%
    (0.44, 'last', 'CONTENT'),                # the last content word: 4%
    (0.55, 'distance', 1),                    # the previous token: 4%
    (-2.67, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
