"""Mostly a first-token sink; otherwise earlier copies of the query token, the query's own sentence and period -> period.

head: L27H8
heldout_iou: 0.626
heldout_iou_no_bos: 0.529
name: L27H8
form: terms
terms: 10
origin: synthesized (search/terms)
target: L27H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.13, 'first'),                          # a first-token sink: 69%
    (3.56, 'same_token'),                     # earlier copies of the query token: 22%
    (2.02, 'same_sentence'),                  # the query's own sentence: 21%
    (2.47, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 4%
    (1.72, 'distance', 1),                    # the previous token: 3%
    (1.58, 'query_distance', 'PRON_SUBJ', 0), # itself, from subject pronouns: 2%
    (1.13, 'query_distance', 'DET', 0),       # itself, from determiners: 2%
    (2.28, 'query_distance', 'DET', 1),       # the previous token, from determiners: 1%
    (0.92, 'pair', 'PREP', 'BOS'),            # preposition -> first token: 1%
    (1.05, 'pair', 'AUX', 'BOS'),             # auxiliary -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
