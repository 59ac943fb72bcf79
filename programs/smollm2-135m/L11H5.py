"""Mainly recent tokens; otherwise periods, the query's own sentence and away from the last period.

head: L11H5
heldout_iou: 0.440
heldout_iou_no_bos: 0.441
name: L11H5
form: terms
terms: 16
origin: synthesized (search/terms)
target: L11H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.7, 'log_distance'),                   # recent tokens: 27%
    (3.11, 'key_class', 'PERIOD'),            # periods: 18%
    (0.73, 'same_sentence'),                  # the query's own sentence: 12%
    (-0.98, 'last', 'PERIOD'),                # away from the last period: 10%
    (2.4, 'query_distance', 'DET', 1),        # the previous token, from determiners: 5%
    (0.89, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 4%
    (0.59, 'key_class', 'DET'),               # determiners: 4%
    (0.23, 'distance', 1),                    # the previous token: 3%
    (0.8, 'key_class', 'COMMA'),              # commas: 3%
    (0.8, 'key_token', ','),                  # the token ',': 3%
    (0.71, 'key_token', ' and'),              # the token ' and': 2%
    (-1.51, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 2%
    (1.98, 'key_token', 'There'),             # the token 'There': 1%
    (0.27, 'key_class', 'CONJ'),              # conjunctions: 1%
    (1.3, 'key_token', ' The'),               # the token ' The': 1%
    (1.82, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
