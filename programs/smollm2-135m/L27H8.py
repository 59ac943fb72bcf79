"""Mostly a first-token sink; otherwise the query's own sentence, earlier copies of the query token and period -> period.

head: L27H8
heldout_iou: 0.626
heldout_iou_no_bos: 0.525
name: L27H8
form: terms
terms: 11
origin: synthesized (search/terms)
target: L27H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.29, 'first'),                          # a first-token sink: 71%
    (2.06, 'same_sentence'),                  # the query's own sentence: 20%
    (3.17, 'same_token'),                     # earlier copies of the query token: 19%
    (2.84, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 4%
    (1.52, 'distance', 1),                    # the previous token: 2%
    (0.5, 'pair', 'CONTENT', 'CONTENT'),      # content word -> content word: 2%
    (2.1, 'query_distance', 'PRON_SUBJ', 0),  # itself, from subject pronouns: 2%
    (1.52, 'query_distance', 'DET', 0),       # itself, from determiners: 2%
    (2.41, 'query_distance', 'DET', 1),       # the previous token, from determiners: 1%
    (2.29, 'last', 'QUOTE'),                  # the last quotation mark: 1%
    (0.77, 'pair', 'AUX', 'BOS'),             # auxiliary -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
