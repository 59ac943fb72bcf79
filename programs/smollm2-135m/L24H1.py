"""Mostly a first-token sink; otherwise periods, the token "'s" and content word -> period.

head: L24H1
heldout_iou: 0.770
heldout_iou_no_bos: 0.331
name: L24H1
form: terms
terms: 8
origin: synthesized (search/terms)
target: L24H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.48, 'first'),                          # a first-token sink: 85%
    (1.57, 'key_class', 'PERIOD'),            # periods: 2%
    (2.97, 'key_token', "'s"),                # the token "'s": 1%
    (1.19, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 1%
    (-1.27, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (1.84, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (-0.22, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
    (-0.57, 'word_start'),                    # away from word starts: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
