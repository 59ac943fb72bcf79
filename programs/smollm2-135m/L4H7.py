"""Mostly the token ' the'; otherwise a first-token sink, content word -> the token after a preposition and content words.

head: L4H7
heldout_iou: 0.518
heldout_iou_no_bos: 0.365
name: L4H7
form: terms
terms: 7
origin: synthesized (search/terms)
target: L4H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.36, 'key_token', ' the'),              # the token ' the': 50%
    (6.91, 'first'),                          # a first-token sink: 42%
    (1.04, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 4%
    (2.25, 'key_class', 'CONTENT'),           # content words: 2%
    (-2.43, 'pair', 'PERIOD', 'DET'),         # away from period -> determiner: 2%
    (0.87, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (6.1, 'query_distance', 'PERIOD', 0),     # itself, from periods: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
