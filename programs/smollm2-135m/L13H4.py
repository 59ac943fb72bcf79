"""Mostly a first-token sink; otherwise the query's own sentence, the previous token and recent tokens.

head: L13H4
heldout_iou: 0.577
heldout_iou_no_bos: 0.457
name: L13H4
form: terms
terms: 15
origin: synthesized (search/terms)
target: L13H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.38, 'first'),                          # a first-token sink: 59%
    (3.11, 'same_sentence'),                  # the query's own sentence: 32%
    (2.04, 'distance', 1),                    # the previous token: 14%
    (-0.21, 'log_distance'),                  # recent tokens: 9%
    (1.87, 'distance', 2),                    # the token 2 back: 7%
    (1.27, 'last', 'PREP'),                   # the last preposition: 4%
    (2.83, 'last', 'PERIOD'),                 # the last period: 3%
    (1.26, 'distance', 3),                    # the token 3 back: 3%
    (-0.34, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 2%
    (1.49, 'query_distance', 'DET', 1),       # the previous token, from determiners: 2%
    (1.58, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (2.33, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 2%
    (1.12, 'last', 'WH'),                     # the last wh-word: 1%
    (1.21, 'query_distance', 'PRON_SUBJ', 1), # the previous token, from subject pronouns: 1%
    (-1.16, 'key_class', 'NAME'),             # away from names: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
