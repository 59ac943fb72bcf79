"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and the token itself.

head: L27H8
heldout_iou: 0.595
heldout_iou_no_bos: 0.504
name: L27H8
form: terms
terms: 15
origin: synthesized (search/terms)
target: L27H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.98, 'first'),                          # a first-token sink: 67%
    (2.0, 'same_sentence'),                   # the query's own sentence: 21%
    (-0.44, 'log_distance'),                  # recent tokens: 16%
    (2.0, 'distance', 0),                     # the token itself: 14%
    (0.93, 'distance', 1),                    # the previous token: 3%
    (2.27, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 3%
    (1.12, 'key_class', 'PERIOD'),            # periods: 2%
    (1.02, 'key_token', '.'),                 # the token '.': 2%
    (1.89, 'pair', 'PREP', 'BOS'),            # preposition -> first token: 1%
    (1.4, 'query_distance', 'DET', 1),        # the previous token, from determiners: 1%
    (1.78, 'query_distance', 'PRON_SUBJ', 0), # itself, from subject pronouns: 1%
    (1.93, 'pair', 'AUX', 'BOS'),             # auxiliary -> first token: 1%
    (-1.82, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
    (0.97, 'key_distance', 'PREP', 1),        # the previous token when a preposition: 1%
    (-0.74, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
