"""Mostly a first-token sink; otherwise the query's own sentence, content word -> first token and the token after an earlier copy of the query (induction).

head: L23H3
heldout_iou: 0.712
heldout_iou_no_bos: 0.398
name: L23H3
form: terms
terms: 7
origin: synthesized (search/terms)
target: L23H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.31, 'first'),                          # a first-token sink: 78%
    (0.76, 'same_sentence'),                  # the query's own sentence: 4%
    (0.75, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 4%
    (1.99, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (0.98, 'last', 'CONTENT'),                # the last content word: 1%
    (0.74, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (1.12, 'last', 'NAME'),                   # the last name: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
