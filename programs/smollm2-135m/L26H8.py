"""Mostly a first-token sink; otherwise the query's own sentence, earlier copies of the query token and period -> period.

head: L26H8
heldout_iou: 0.631
heldout_iou_no_bos: 0.501
name: L26H8
form: terms
terms: 7
origin: synthesized (search/terms)
target: L26H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.63, 'first'),                          # a first-token sink: 75%
    (2.36, 'same_sentence'),                  # the query's own sentence: 18%
    (2.81, 'same_token'),                     # earlier copies of the query token: 14%
    (3.7, 'pair', 'PERIOD', 'PERIOD'),        # period -> period: 5%
    (1.1, 'pair', 'CONTENT', 'CONTENT'),      # content word -> content word: 5%
    (2.04, 'distance', 1),                    # the previous token: 3%
    (5.01, 'pair', 'NEWLINE', 'PERIOD'),      # newline -> period: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
