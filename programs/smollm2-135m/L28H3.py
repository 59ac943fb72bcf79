"""Mostly a first-token sink; otherwise the query's own sentence, the query's own word and content word -> first token.

head: L28H3
heldout_iou: 0.730
heldout_iou_no_bos: 0.453
name: L28H3
form: terms
terms: 4
origin: synthesized (search/terms)
target: L28H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.93, 'first'),                          # a first-token sink: 79%
    (1.74, 'same_sentence'),                  # the query's own sentence: 11%
    (1.7, 'same_word'),                       # the query's own word: 5%
    (0.28, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
