"""Mostly a first-token sink; otherwise content word -> first token, the query's own sentence and earlier copies of the query token.

head: L25H1
heldout_iou: 0.650
heldout_iou_no_bos: 0.375
name: L25H1
form: terms
terms: 9
origin: synthesized (search/terms)
target: L25H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.3, 'first'),                           # a first-token sink: 79%
    (0.84, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (0.54, 'same_sentence'),                  # the query's own sentence: 3%
    (1.46, 'same_token'),                     # earlier copies of the query token: 3%
    (0.96, 'distance', 1),                    # the previous token: 1%
    (-0.74, 'key_class', 'PREP'),             # away from prepositions: 1%
    (-1.13, 'pair', 'COMMA', 'BOS'),          # away from comma -> first token: 1%
    (1.28, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (0.35, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
