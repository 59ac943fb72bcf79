"""Mostly a first-token sink; otherwise the query's own sentence, content word -> first token and away from conjunction -> first token.

head: L20H7
heldout_iou: 0.759
heldout_iou_no_bos: 0.329
name: L20H7
form: terms
terms: 6
origin: synthesized (search/terms)
target: L20H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.66, 'first'),                          # a first-token sink: 88%
    (1.43, 'same_sentence'),                  # the query's own sentence: 4%
    (0.86, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (-1.7, 'pair', 'CONJ', 'BOS'),            # away from conjunction -> first token: 1%
    (1.26, 'after', 'CONTENT', 'CONTENT'),    # content word -> the token after a content word: 1%
    (1.92, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
