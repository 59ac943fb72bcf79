"""Mostly a first-token sink; otherwise the query's own sentence, the previous token and the token 2 back.

head: L13H4
heldout_iou: 0.576
heldout_iou_no_bos: 0.465
name: L13H4
form: terms
terms: 15
origin: synthesized (search/terms)
target: L13H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.68, 'first'),                          # a first-token sink: 57%
    (2.46, 'same_sentence'),                  # the query's own sentence: 30%
    (2.84, 'distance', 1),                    # the previous token: 16%
    (2.53, 'distance', 2),                    # the token 2 back: 9%
    (1.32, 'last', 'PREP'),                   # the last preposition: 5%
    (1.93, 'distance', 3),                    # the token 3 back: 4%
    (2.45, 'last', 'PERIOD'),                 # the last period: 3%
    (1.41, 'distance', 0),                    # the token itself: 3%
    (1.86, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 3%
    (1.17, 'query_distance', 'DET', 1),       # the previous token, from determiners: 2%
    (1.17, 'distance', 4),                    # the token 4 back: 2%
    (2.14, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 2%
    (1.18, 'last', 'WH'),                     # the last wh-word: 1%
    (-1.12, 'key_class', 'NAME'),             # away from names: 1%
    (0.78, 'pair', 'CONJ', 'BOS'),            # conjunction -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
