"""Mainly a first-token sink; otherwise the query's own sentence, recent tokens and the token ' the'.

head: L3H8
heldout_iou: 0.498
heldout_iou_no_bos: 0.470
name: L3H8
form: terms
terms: 12
origin: synthesized (search/terms)
target: L3H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.77, 'first'),                          # a first-token sink: 20%
    (0.88, 'same_sentence'),                  # the query's own sentence: 17%
    (-0.24, 'log_distance'),                  # recent tokens: 10%
    (1.59, 'key_token', ' the'),              # the token ' the': 7%
    (-0.27, 'key_class', 'DET'),              # away from determiners: 3%
    (0.64, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 2%
    (0.34, 'last', 'CONTENT'),                # the last content word: 2%
    (0.77, 'pair', 'DET', 'DET'),             # determiner -> determiner: 2%
    (-0.45, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 1%
    (0.53, 'last', 'PERIOD'),                 # the last period: 1%
    (0.62, 'after', 'DET', 'PREP'),           # determiner -> the token after a preposition: 1%
    (0.08, 'distance', 1),                    # the previous token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
