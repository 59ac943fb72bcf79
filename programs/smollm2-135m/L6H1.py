"""Mainly the token ' the'; otherwise a first-token sink, distant tokens and content word -> the token after a preposition.

head: L6H1
heldout_iou: 0.581
heldout_iou_no_bos: 0.419
name: L6H1
form: terms
terms: 9
origin: synthesized (search/terms)
target: L6H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.16, 'key_token', ' the'),              # the token ' the': 52%
    (6.43, 'first'),                          # a first-token sink: 41%
    (0.97, 'log_distance'),                   # distant tokens: 14%
    (1.34, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 2%
    (2.62, 'same_word'),                      # the query's own word: 2%
    (-1.38, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 1%
    (5.28, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (3.21, 'key_class', 'NUMBER'),            # numbers: 1%
    (-2.94, 'after', 'CONTENT', 'CONJ'),      # away from content word -> the token after a conjunction: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
