"""Mostly a first-token sink; otherwise recent tokens, content word -> first token and periods.

head: L27H2
heldout_iou: 0.479
heldout_iou_no_bos: 0.407
name: L27H2
form: terms
terms: 8
origin: synthesized (search/terms)
target: L27H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.81, 'first'),                          # a first-token sink: 46%
    (-0.35, 'log_distance'),                  # recent tokens: 11%
    (0.93, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 7%
    (1.39, 'key_class', 'PERIOD'),            # periods: 7%
    (0.55, 'key_class', 'CONTENT'),           # content words: 6%
    (0.88, 'same_token'),                     # earlier copies of the query token: 5%
    (1.36, 'key_class', 'NAME'),              # names: 3%
    (1.86, 'pair', 'NAME', 'BOS'),            # name -> first token: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
