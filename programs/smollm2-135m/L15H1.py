"""Mostly a first-token sink; otherwise periods, the token '.' and the query's own sentence.

head: L15H1
heldout_iou: 0.600
heldout_iou_no_bos: 0.478
name: L15H1
form: terms
terms: 5
origin: synthesized (search/terms)
target: L15H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.37, 'first'),                          # a first-token sink: 58%
    (1.31, 'key_class', 'PERIOD'),            # periods: 9%
    (1.2, 'key_token', '.'),                  # the token '.': 8%
    (0.65, 'same_sentence'),                  # the query's own sentence: 5%
    (0.28, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
