"""Mainly the query's own sentence; otherwise a first-token sink, recent tokens and the previous token.

head: L18H5
heldout_iou: 0.509
heldout_iou_no_bos: 0.489
name: L18H5
form: terms
terms: 15
origin: synthesized (search/terms)
target: L18H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.43, 'same_sentence'),                  # the query's own sentence: 44%
    (5.29, 'first'),                          # a first-token sink: 29%
    (-0.46, 'log_distance'),                  # recent tokens: 23%
    (1.84, 'distance', 1),                    # the previous token: 21%
    (1.69, 'distance', 2),                    # the token 2 back: 11%
    (1.76, 'key_class', 'PERIOD'),            # periods: 5%
    (0.59, 'same_token'),                     # earlier copies of the query token: 4%
    (2.86, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 4%
    (1.04, 'distance', 3),                    # the token 3 back: 4%
    (1.04, 'query_distance', 'DET', 1),       # the previous token, from determiners: 2%
    (-0.65, 'key_class', 'PRON_SUBJ'),        # away from subject pronouns: 2%
    (-1.39, 'key_class', 'NAME'),             # away from names: 2%
    (1.78, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 1%
    (0.76, 'key_class', 'WH'),                # wh-words: 1%
    (0.93, 'query_distance', 'PRON_SUBJ', 1), # the previous token, from subject pronouns: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
