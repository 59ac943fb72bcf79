"""Mostly a first-token sink; otherwise earlier copies of the query token, the query's own word and content word -> first token.

head: L19H5
heldout_iou: 0.672
heldout_iou_no_bos: 0.461
name: L19H5
form: terms
terms: 8
origin: synthesized (search/terms)
target: L19H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.48, 'first'),                          # a first-token sink: 64%
    (1.25, 'same_token'),                     # earlier copies of the query token: 5%
    (0.86, 'same_word'),                      # the query's own word: 4%
    (0.35, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (1.69, 'induction'),                      # the token after an earlier copy of the query (induction): 2%
    (0.16, 'key_class', 'CONTENT'),           # content words: 2%
    (-1.09, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (0.78, 'after', 'DET', 'DET'),            # determiner -> the token after a determiner: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
