"""Mostly a first-token sink; otherwise earlier copies of the query token, the query's own sentence and period -> period.

head: L28H4
heldout_iou: 0.733
heldout_iou_no_bos: 0.440
name: L28H4
form: terms
terms: 10
origin: synthesized (search/terms)
target: L28H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.8, 'first'),                           # a first-token sink: 78%
    (1.64, 'same_token'),                     # earlier copies of the query token: 5%
    (0.71, 'same_sentence'),                  # the query's own sentence: 4%
    (3.31, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 3%
    (1.61, 'key_token', ' \n'),               # the token ' \n': 1%
    (1.59, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (1.1, 'key_class', 'NEWLINE'),            # newlines: 1%
    (5.28, 'pair', 'PERIOD', 'NEWLINE'),      # period -> newline: 1%
    (1.67, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 1%
    (1.6, 'query_distance', 'PRON_SUBJ', 0),  # itself, from subject pronouns: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
