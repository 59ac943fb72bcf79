"""Mainly the token ' the'; otherwise a first-token sink, the query's own sentence and away from the last determiner.

head: L4H6
heldout_iou: 0.408
heldout_iou_no_bos: 0.353
name: L4H6
form: terms
terms: 8
origin: synthesized (search/terms)
target: L4H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.49, 'key_token', ' the'),              # the token ' the': 36%
    (4.08, 'first'),                          # a first-token sink: 29%
    (1.49, 'same_sentence'),                  # the query's own sentence: 20%
    (-1.46, 'last', 'DET'),                   # away from the last determiner: 13%
    (-0.39, 'log_distance'),                  # recent tokens: 12%
    (1.35, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 5%
    (0.83, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 4%
    (1.74, 'last', 'QUOTE'),                  # the last quotation mark: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
