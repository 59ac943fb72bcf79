"""Mainly recent tokens; otherwise the query's own sentence, a first-token sink and away from the query's own word.

head: L18H5
heldout_iou: 0.464
heldout_iou_no_bos: 0.462
name: L18H5
form: terms
terms: 13
origin: synthesized (search/terms)
target: L18H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-1.36, 'log_distance'),                  # recent tokens: 50%
    (1.83, 'same_sentence'),                  # the query's own sentence: 32%
    (4.85, 'first'),                          # a first-token sink: 27%
    (-0.87, 'same_word'),                     # away from the query's own word: 10%
    (-0.87, 'distance', 0),                   # the token itself: 10%
    (-0.51, 'key_class', 'CONTENT'),          # away from content words: 7%
    (-1.57, 'key_class', 'NAME'),             # away from names: 5%
    (1.37, 'query_distance', 'DET', 1),       # the previous token, from determiners: 3%
    (2.54, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 3%
    (1.77, 'pair', 'CONJ', 'BOS'),            # conjunction -> first token: 2%
    (-0.67, 'key_token', ' the'),             # away from the token ' the': 1%
    (0.57, 'last', 'WH'),                     # the last wh-word: 1%
    (1.94, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
