"""Mainly the query's own sentence; otherwise recent tokens, a first-token sink and the previous token.

head: L18H5
heldout_iou: 0.500
heldout_iou_no_bos: 0.486
name: L18H5
form: terms
terms: 16
origin: synthesized (search/terms)
target: L18H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.36, 'same_sentence'),                  # the query's own sentence: 43%
    (-0.73, 'log_distance'),                  # recent tokens: 34%
    (5.18, 'first'),                          # a first-token sink: 27%
    (1.13, 'distance', 1),                    # the previous token: 15%
    (1.14, 'distance', 2),                    # the token 2 back: 9%
    (1.8, 'key_class', 'PERIOD'),             # periods: 5%
    (2.94, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 4%
    (0.48, 'distance', 0),                    # the token itself: 4%
    (-0.33, 'same_word'),                     # away from the query's own word: 4%
    (-0.31, 'same_token'),                    # away from earlier copies of the query token: 3%
    (1.09, 'query_distance', 'DET', 1),       # the previous token, from determiners: 2%
    (-0.62, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 2%
    (-1.38, 'key_class', 'NAME'),             # away from names: 2%
    (1.93, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 2%
    (0.77, 'last', 'WH'),                     # the last wh-word: 1%
    (0.98, 'query_distance', 'PRON_SUBJ', 1), # the previous token, from subject pronouns: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
