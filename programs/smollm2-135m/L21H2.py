"""Mostly a first-token sink; otherwise recent tokens, earlier copies of the query token and content word -> first token.

head: L21H2
heldout_iou: 0.692
heldout_iou_no_bos: 0.384
name: L21H2
form: terms
terms: 7
origin: synthesized (search/terms)
target: L21H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.44, 'first'),                          # a first-token sink: 80%
    (-0.16, 'log_distance'),                  # recent tokens: 2%
    (1.12, 'same_token'),                     # earlier copies of the query token: 2%
    (0.47, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (0.22, 'same_sentence'),                  # the query's own sentence: 1%
    (-1.01, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 1%
    (1.36, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
