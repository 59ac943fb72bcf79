"""Mainly the token ' the'; otherwise the previous token, away from the last determiner and the query's own sentence.

head: L10H4
heldout_iou: 0.415
heldout_iou_no_bos: 0.423
name: L10H4
form: terms
terms: 16
origin: synthesized (search/terms)
target: L10H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.36, 'key_token', ' the'),              # the token ' the': 44%
    (2.39, 'distance', 1),                    # the previous token: 19%
    (-1.79, 'last', 'DET'),                   # away from the last determiner: 14%
    (0.87, 'same_sentence'),                  # the query's own sentence: 13%
    (-0.26, 'log_distance'),                  # recent tokens: 9%
    (2.74, 'first'),                          # a first-token sink: 7%
    (0.98, 'same_word'),                      # the query's own word: 6%
    (1.4, 'distance', 2),                     # the token 2 back: 5%
    (-0.53, 'last', 'CONTENT'),               # away from the last content word: 4%
    (0.8, 'key_distance', 'CONTENT', 1),      # the previous token when a content word: 3%
    (0.75, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 3%
    (0.95, 'key_class', 'PERIOD'),            # periods: 3%
    (1.17, 'query_distance', 'CONTENT', 0),   # itself, from content words: 2%
    (-0.75, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 1%
    (-1.42, 'query_distance', 'PERIOD', 1),   # away from the previous token, from periods: 1%
    (0.82, 'key_class', 'NUMBER'),            # numbers: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
