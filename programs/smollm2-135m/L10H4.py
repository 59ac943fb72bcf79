"""Mainly the token ' the'; otherwise the previous token, recent tokens and away from the last determiner.

head: L10H4
heldout_iou: 0.409
heldout_iou_no_bos: 0.416
name: L10H4
form: terms
terms: 16
origin: synthesized (search/terms)
target: L10H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.53, 'key_token', ' the'),              # the token ' the': 40%
    (2.27, 'distance', 1),                    # the previous token: 20%
    (-0.47, 'log_distance'),                  # recent tokens: 16%
    (-1.85, 'last', 'DET'),                   # away from the last determiner: 16%
    (1.04, 'same_sentence'),                  # the query's own sentence: 16%
    (0.81, 'key_class', 'DET'),               # determiners: 10%
    (3.0, 'first'),                           # a first-token sink: 7%
    (-2.65, 'last', 'NUMBER'),                # away from the last number: 4%
    (0.97, 'distance', 2),                    # the token 2 back: 4%
    (0.78, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 3%
    (1.02, 'key_class', 'PERIOD'),            # periods: 3%
    (3.49, 'key_class', 'NUMBER'),            # numbers: 2%
    (1.12, 'query_distance', 'CONTENT', 0),   # itself, from content words: 2%
    (-0.9, 'key_class', 'PRON_SUBJ'),         # away from subject pronouns: 2%
    (-1.66, 'query_distance', 'PERIOD', 1),   # away from the previous token, from periods: 1%
    (-1.24, 'query_distance', 'PRON_SUBJ', 1),# away from the previous token, from subject pronouns: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
