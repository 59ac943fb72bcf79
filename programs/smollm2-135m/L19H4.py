"""Mainly the query's own sentence; otherwise recent tokens, a first-token sink and the token itself.

head: L19H4
heldout_iou: 0.536
heldout_iou_no_bos: 0.538
name: L19H4
form: terms
terms: 16
origin: synthesized (search/terms)
target: L19H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (1.92, 'same_sentence'),                  # the query's own sentence: 35%
    (-0.88, 'log_distance'),                  # recent tokens: 32%
    (3.77, 'first'),                          # a first-token sink: 17%
    (-1.09, 'distance', 0),                   # the token itself: 10%
    (-1.07, 'same_word'),                     # away from the query's own word: 10%
    (1.35, 'key_class', 'PERIOD'),            # periods: 10%
    (1.15, 'key_token', '.'),                 # the token '.': 9%
    (-0.57, 'distance', 1),                   # the previous token: 7%
    (-1.16, 'key_token', ' the'),             # away from the token ' the': 2%
    (0.22, 'key_class', 'CONJ'),              # conjunctions: 1%
    (0.22, 'last', 'CONJ'),                   # the last conjunction: 1%
    (0.21, 'key_token', ','),                 # the token ',': 1%
    (0.21, 'key_class', 'COMMA'),             # commas: 1%
    (0.1, 'same_token'),                      # earlier copies of the query token: 1%
    (0.31, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
    (0.21, 'last', 'COMMA'),                  # the last comma: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
