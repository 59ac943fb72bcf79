"""Mainly a first-token sink; otherwise recent tokens, the query's own sentence and the previous token.

head: L22H3
heldout_iou: 0.530
heldout_iou_no_bos: 0.473
name: L22H3
form: terms
terms: 13
origin: synthesized (search/terms)
target: L22H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.79, 'first'),                          # a first-token sink: 49%
    (-0.72, 'log_distance'),                  # recent tokens: 29%
    (1.77, 'same_sentence'),                  # the query's own sentence: 28%
    (1.07, 'distance', 1),                    # the previous token: 10%
    (1.61, 'key_class', 'PERIOD'),            # periods: 4%
    (1.91, 'query_distance', 'DET', 1),       # the previous token, from determiners: 3%
    (1.81, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 3%
    (0.59, 'distance', 2),                    # the token 2 back: 2%
    (0.74, 'pair', 'PREP', 'BOS'),            # preposition -> first token: 1%
    (1.36, 'query_distance', 'DET', 0),       # itself, from determiners: 1%
    (1.34, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 1%
    (-0.1, 'pair', 'CONTENT', 'BOS'),         # away from content word -> first token: 1%
    (0.71, 'pair', 'VERB_ED', 'BOS'),         # -ed verb -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
