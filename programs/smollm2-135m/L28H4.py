"""Mostly a first-token sink; otherwise the query's own sentence, earlier copies of the query token and period -> period.

head: L28H4
heldout_iou: 0.721
heldout_iou_no_bos: 0.423
name: L28H4
form: terms
terms: 9
origin: synthesized (search/terms)
target: L28H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.18, 'first'),                          # a first-token sink: 82%
    (1.27, 'same_sentence'),                  # the query's own sentence: 6%
    (1.5, 'same_token'),                      # earlier copies of the query token: 4%
    (2.83, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 2%
    (1.5, 'pair', 'DET', 'BOS'),              # determiner -> first token: 1%
    (2.03, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 1%
    (1.4, 'key_distance', 'CONTENT', 1),      # the previous token when a content word: 1%
    (0.13, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
    (1.43, 'query_distance', 'TO', 0),        # itself, from 'to': 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
