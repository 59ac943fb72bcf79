"""Mostly a first-token sink; otherwise the query's own sentence, earlier copies of the query token and the query's own word.

head: L25H5
heldout_iou: 0.760
heldout_iou_no_bos: 0.490
name: L25H5
form: terms
terms: 10
origin: synthesized (search/terms)
target: L25H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.6, 'first'),                           # a first-token sink: 82%
    (1.62, 'same_sentence'),                  # the query's own sentence: 9%
    (1.69, 'same_token'),                     # earlier copies of the query token: 5%
    (0.51, 'same_word'),                      # the query's own word: 2%
    (-2.02, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 2%
    (1.08, 'distance', 1),                    # the previous token: 1%
    (2.04, 'last', 'PERIOD'),                 # the last period: 1%
    (-0.24, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
    (1.25, 'last', 'WH'),                     # the last wh-word: 1%
    (-0.64, 'pair', 'PRON_SUBJ', 'BOS'),      # away from subject pronoun -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
