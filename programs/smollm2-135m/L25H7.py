"""Mostly a first-token sink; otherwise the query's own sentence, content words and content word -> first token.

head: L25H7
heldout_iou: 0.696
heldout_iou_no_bos: 0.416
name: L25H7
form: terms
terms: 7
origin: synthesized (search/terms)
target: L25H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.93, 'first'),                          # a first-token sink: 82%
    (1.2, 'same_sentence'),                   # the query's own sentence: 5%
    (0.33, 'key_class', 'CONTENT'),           # content words: 2%
    (0.21, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (1.6, 'last', 'PERIOD'),                  # the last period: 1%
    (0.59, 'distance', 1),                    # the previous token: 1%
    (0.24, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
