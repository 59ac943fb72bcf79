"""Mostly a first-token sink; otherwise the query's own sentence, content word -> first token and the last content word.

head: L20H5
heldout_iou: 0.797
heldout_iou_no_bos: 0.309
name: L20H5
form: terms
terms: 5
origin: synthesized (search/terms)
target: L20H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.39, 'first'),                          # a first-token sink: 88%
    (0.86, 'same_sentence'),                  # the query's own sentence: 2%
    (0.53, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (1.26, 'last', 'CONTENT'),                # the last content word: 1%
    (2.02, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
