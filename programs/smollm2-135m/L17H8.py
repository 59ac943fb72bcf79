"""Mainly a first-token sink; otherwise the query's own sentence, the previous token and recent tokens.

head: L17H8
heldout_iou: 0.657
heldout_iou_no_bos: 0.686
name: L17H8
form: terms
terms: 12
origin: synthesized (search/terms)
target: L17H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.34, 'first'),                          # a first-token sink: 36%
    (1.45, 'same_sentence'),                  # the query's own sentence: 28%
    (2.81, 'distance', 1),                    # the previous token: 28%
    (-0.41, 'log_distance'),                  # recent tokens: 22%
    (2.2, 'distance', 2),                     # the token 2 back: 12%
    (1.73, 'last', 'PERIOD'),                 # the last period: 5%
    (0.4, 'last', 'CONTENT'),                 # the last content word: 3%
    (1.16, 'distance', 3),                    # the token 3 back: 3%
    (-0.13, 'key_class', 'CONTENT'),          # away from content words: 2%
    (-0.21, 'key_distance', 'CONTENT', 1),    # away from the previous token when a content word: 1%
    (-0.36, 'key_class', 'DET'),              # away from determiners: 1%
    (0.37, 'pair', 'PREP', 'BOS'),            # preposition -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
