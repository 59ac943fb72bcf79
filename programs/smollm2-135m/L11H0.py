"""Mainly recent tokens; otherwise the token itself, the query's own sentence and periods.

head: L11H0
heldout_iou: 0.490
heldout_iou_no_bos: 0.492
name: L11H0
form: terms
terms: 16
origin: synthesized (search/terms)
target: L11H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-1.51, 'log_distance'),                  # recent tokens: 47%
    (-1.9, 'distance', 0),                    # the token itself: 34%
    (1.02, 'same_sentence'),                  # the query's own sentence: 14%
    (1.15, 'key_class', 'PERIOD'),            # periods: 9%
    (0.96, 'key_token', '.'),                 # the token '.': 7%
    (-2.33, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 3%
    (1.11, 'word_start'),                     # word starts: 2%
    (-2.41, 'query_distance', 'PERIOD', 1),   # away from the previous token, from periods: 2%
    (-1.2, 'key_class', 'PRON_OBJ'),          # away from object pronouns: 1%
    (1.09, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 1%
    (-0.21, 'last', 'DET'),                   # away from the last determiner: 1%
    (-1.83, 'query_distance', 'PERIOD', 2),   # away from the token 2 back, from periods: 1%
    (-0.65, 'last', 'PRON_SUBJ'),             # away from the last subject pronoun: 1%
    (-0.56, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 1%
    (-0.09, 'key_class', 'DET'),              # away from determiners: 1%
    (-0.23, 'key_token', ' the'),             # away from the token ' the': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
