"""Mostly a first-token sink; otherwise recent tokens, earlier copies of the query token and content word -> first token.

head: L21H2
heldout_iou: 0.694
heldout_iou_no_bos: 0.381
name: L21H2
form: terms
terms: 7
origin: synthesized (search/terms)
target: L21H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.43, 'first'),                          # a first-token sink: 78%
    (-0.22, 'log_distance'),                  # recent tokens: 4%
    (1.28, 'same_token'),                     # earlier copies of the query token: 3%
    (0.34, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (0.2, 'same_sentence'),                   # the query's own sentence: 1%
    (-1.05, 'pair', 'CONJ', 'BOS'),           # away from conjunction -> first token: 1%
    (1.42, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
