"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and content words.

head: L29H6
heldout_iou: 0.709
heldout_iou_no_bos: 0.466
name: L29H6
form: terms
terms: 12
origin: synthesized (search/terms)
target: L29H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.5, 'first'),                           # a first-token sink: 77%
    (-0.31, 'log_distance'),                  # recent tokens: 6%
    (0.6, 'same_sentence'),                   # the query's own sentence: 4%
    (0.33, 'key_class', 'CONTENT'),           # content words: 2%
    (0.41, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (0.49, 'last', 'CONTENT'),                # the last content word: 1%
    (0.85, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (0.54, 'after', 'CONTENT', 'DET'),        # content word -> the token after a determiner: 1%
    (0.37, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
    (1.2, 'induction'),                       # the token after an earlier copy of the query (induction): 1%
    (0.17, 'same_token'),                     # earlier copies of the query token: 1%
    (0.14, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
