"""Mostly a first-token sink; otherwise periods, content word -> period and period -> period.

head: L24H1
heldout_iou: 0.778
heldout_iou_no_bos: 0.353
name: L24H1
form: terms
terms: 7
origin: synthesized (search/terms)
target: L24H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.44, 'first'),                          # a first-token sink: 84%
    (1.46, 'key_class', 'PERIOD'),            # periods: 3%
    (1.43, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 1%
    (2.75, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (3.41, 'key_class', 'QUOTE'),             # quotation marks: 1%
    (3.03, 'key_token', "'s"),                # the token "'s": 1%
    (1.54, 'induction'),                      # the token after an earlier copy of the query (induction): 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
