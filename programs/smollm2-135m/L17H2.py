"""Mostly a first-token sink; otherwise recent tokens, content words and periods.

head: L17H2
heldout_iou: 0.606
heldout_iou_no_bos: 0.466
name: L17H2
form: terms
terms: 8
origin: synthesized (search/terms)
target: L17H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.34, 'first'),                          # a first-token sink: 60%
    (-0.18, 'log_distance'),                  # recent tokens: 4%
    (0.34, 'key_class', 'CONTENT'),           # content words: 4%
    (1.14, 'key_class', 'PERIOD'),            # periods: 3%
    (0.37, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 3%
    (0.33, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (1.18, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (0.31, 'last', 'CONTENT'),                # the last content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
