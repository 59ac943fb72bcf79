"""Mostly a first-token sink; otherwise earlier copies of the query token, periods and content word -> first token.

head: L14H5
heldout_iou: 0.715
heldout_iou_no_bos: 0.442
name: L14H5
form: terms
terms: 9
origin: synthesized (search/terms)
target: L14H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.19, 'first'),                          # a first-token sink: 75%
    (2.3, 'same_token'),                      # earlier copies of the query token: 6%
    (0.95, 'key_class', 'PERIOD'),            # periods: 3%
    (0.41, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (0.55, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (0.33, 'key_token', '.'),                 # the token '.': 1%
    (-0.7, 'query_distance', 'CONTENT', 0),   # away from itself, from content words: 1%
    (0.55, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (1.47, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
