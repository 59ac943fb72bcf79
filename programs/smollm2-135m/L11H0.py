"""Mostly recent tokens; otherwise the query's own sentence, away from earlier copies of the query token and the previous token.

head: L11H0
heldout_iou: 0.495
heldout_iou_no_bos: 0.497
name: L11H0
form: terms
terms: 15
origin: synthesized (search/terms)
target: L11H0
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-1.18, 'log_distance'),                  # recent tokens: 41%
    (0.97, 'same_sentence'),                  # the query's own sentence: 14%
    (-0.81, 'same_token'),                    # away from earlier copies of the query token: 13%
    (0.72, 'distance', 1),                    # the previous token: 12%
    (1.47, 'key_class', 'PERIOD'),            # periods: 10%
    (0.78, 'distance', 2),                    # the token 2 back: 8%
    (0.58, 'key_token', '.'),                 # the token '.': 5%
    (-2.81, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 4%
    (-2.25, 'query_distance', 'PERIOD', 1),   # away from the previous token, from periods: 2%
    (1.38, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 2%
    (-0.71, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 2%
    (-2.07, 'query_distance', 'PERIOD', 2),   # away from the token 2 back, from periods: 2%
    (0.75, 'key_class', 'WH'),                # wh-words: 2%
    (0.6, 'last', 'VERB_ED'),                 # the last -ed verb: 1%
    (1.2, 'key_class', 'NEWLINE'),            # newlines: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
