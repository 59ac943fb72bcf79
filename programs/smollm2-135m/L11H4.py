"""Mainly the token itself; otherwise the query's own sentence, periods and determiners.

head: L11H4
heldout_iou: 0.520
heldout_iou_no_bos: 0.516
name: L11H4
form: terms
terms: 14
origin: synthesized (search/terms)
target: L11H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.99, 'distance', 0),                    # the token itself: 36%
    (1.13, 'same_sentence'),                  # the query's own sentence: 19%
    (2.98, 'key_class', 'PERIOD'),            # periods: 18%
    (0.99, 'key_class', 'DET'),               # determiners: 7%
    (-0.53, 'key_class', 'CONTENT'),          # away from content words: 7%
    (1.08, 'distance', 1),                    # the previous token: 5%
    (-3.59, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 4%
    (0.75, 'key_class', 'COMMA'),             # commas: 2%
    (0.75, 'key_token', ','),                 # the token ',': 2%
    (0.62, 'key_token', ' and'),              # the token ' and': 2%
    (0.42, 'distance', 2),                    # the token 2 back: 1%
    (-1.82, 'key_distance', 'PERIOD', 1),     # away from the previous token when a period: 1%
    (2.12, 'key_token', 'There'),             # the token 'There': 1%
    (0.21, 'key_class', 'CONJ'),              # conjunctions: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
