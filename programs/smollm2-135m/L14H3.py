"""Mostly a first-token sink; otherwise away from the query's own sentence, earlier copies of the query token and content word -> content word.

head: L14H3
heldout_iou: 0.732
heldout_iou_no_bos: 0.425
name: L14H3
form: terms
terms: 6
origin: synthesized (search/terms)
target: L14H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.39, 'first'),                          # a first-token sink: 88%
    (-2.71, 'same_sentence'),                 # away from the query's own sentence: 20%
    (6.4, 'same_token'),                      # earlier copies of the query token: 8%
    (1.96, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 3%
    (0.4, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 1%
    (2.25, 'pair', 'NAME', 'NAME'),           # name -> name: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
