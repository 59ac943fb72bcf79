"""Mostly the token ' the'; otherwise a first-token sink, content word -> the token after a preposition and content words.

head: L4H7
heldout_iou: 0.516
heldout_iou_no_bos: 0.380
name: L4H7
form: terms
terms: 8
origin: synthesized (search/terms)
target: L4H7
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.58, 'key_token', ' the'),              # the token ' the': 49%
    (6.12, 'first'),                          # a first-token sink: 41%
    (0.99, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 3%
    (1.64, 'key_class', 'CONTENT'),           # content words: 2%
    (-2.68, 'pair', 'PERIOD', 'DET'),         # away from period -> determiner: 2%
    (0.78, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (4.42, 'query_distance', 'PERIOD', 0),    # itself, from periods: 1%
    (-0.09, 'same_sentence'),                 # away from the query's own sentence: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
