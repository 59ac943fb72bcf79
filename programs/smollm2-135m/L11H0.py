"""Mostly recent tokens; otherwise away from earlier copies of the query token, the query's own sentence and periods.

head: L11H0
heldout_iou: 0.491
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
    (-1.61, 'log_distance'),                  # recent tokens: 51%
    (-1.07, 'same_token'),                    # away from earlier copies of the query token: 18%
    (0.92, 'same_sentence'),                  # the query's own sentence: 13%
    (1.33, 'key_class', 'PERIOD'),            # periods: 9%
    (0.52, 'key_token', '.'),                 # the token '.': 4%
    (-2.52, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 4%
    (-0.26, 'distance', 0),                   # the token itself: 4%
    (-0.23, 'same_word'),                     # away from the query's own word: 3%
    (-0.2, 'embed_cosine'),                   # away from tokens similar to the query: 3%
    (-0.85, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 3%
    (-0.55, 'last', 'DET'),                   # away from the last determiner: 3%
    (1.48, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 2%
    (0.2, 'distance', 2),                     # the token 2 back: 2%
    (-2.04, 'query_distance', 'PERIOD', 1),   # away from the previous token, from periods: 2%
    (0.72, 'key_class', 'WH'),                # wh-words: 2%
    (-1.91, 'query_distance', 'PERIOD', 2),   # away from the token 2 back, from periods: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
