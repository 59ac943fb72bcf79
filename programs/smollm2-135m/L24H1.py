"""Mostly a first-token sink; otherwise the last period, content word -> period and period -> period.

head: L24H1
heldout_iou: 0.776
heldout_iou_no_bos: 0.344
name: L24H1
form: terms
terms: 8
origin: synthesized (search/terms)
target: L24H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.14, 'first'),                          # a first-token sink: 83%
    (1.3, 'last', 'PERIOD'),                  # the last period: 2%
    (1.99, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 2%
    (3.21, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (3.13, 'key_class', 'QUOTE'),             # quotation marks: 1%
    (2.8, 'key_token', "'s"),                 # the token "'s": 1%
    (1.57, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (-0.21, 'key_class', 'CONTENT'),          # away from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
