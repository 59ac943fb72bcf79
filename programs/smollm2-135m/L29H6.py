"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and content word -> first token.

head: L29H6
heldout_iou: 0.709
heldout_iou_no_bos: 0.465
name: L29H6
form: terms
terms: 11
origin: synthesized (search/terms)
target: L29H6
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.22, 'first'),                          # a first-token sink: 73%
    (-0.29, 'log_distance'),                  # recent tokens: 6%
    (0.7, 'same_sentence'),                   # the query's own sentence: 6%
    (0.58, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 4%
    (0.73, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 2%
    (0.73, 'last', 'CONTENT'),                # the last content word: 2%
    (0.88, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (0.2, 'same_token'),                      # earlier copies of the query token: 1%
    (1.23, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (0.82, 'pair', 'NAME', 'BOS'),            # name -> first token: 0%
    (0.21, 'query_distance', 'CONTENT', 0),   # itself, from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
