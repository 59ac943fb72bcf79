"""Mostly a first-token sink; otherwise recent tokens, content words and periods.

head: L27H2
heldout_iou: 0.474
heldout_iou_no_bos: 0.407
name: L27H2
form: terms
terms: 8
origin: synthesized (search/terms)
target: L27H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.82, 'first'),                          # a first-token sink: 43%
    (-0.5, 'log_distance'),                   # recent tokens: 15%
    (0.64, 'key_class', 'CONTENT'),           # content words: 8%
    (1.32, 'key_class', 'PERIOD'),            # periods: 6%
    (0.77, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 5%
    (1.22, 'key_class', 'NAME'),              # names: 3%
    (1.71, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (1.1, 'pair', 'DET', 'DET'),              # determiner -> determiner: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
