"""Mostly a first-token sink; otherwise content word -> period, periods and the query's own sentence.

head: L26H6
heldout_iou: 0.653
heldout_iou_no_bos: 0.396
name: L26H6
form: terms
terms: 11
origin: synthesized (search/terms)
target: L26H6
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.63, 'first'),                          # a first-token sink: 80%
    (2.29, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 5%
    (1.2, 'key_class', 'PERIOD'),             # periods: 5%
    (1.65, 'same_sentence'),                  # the query's own sentence: 5%
    (1.61, 'last', 'PERIOD'),                 # the last period: 5%
    (3.8, 'query_distance', 'PRON_SUBJ', 0),  # itself, from subject pronouns: 1%
    (-0.5, 'key_class', 'CONTENT'),           # away from content words: 1%
    (2.27, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (1.81, 'key_class', 'QUOTE'),             # quotation marks: 1%
    (1.66, 'last', 'COMMA'),                  # the last comma: 1%
    (1.37, 'last', 'QUOTE'),                  # the last quotation mark: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
