"""Mainly a first-token sink; otherwise the query's own sentence, recent tokens and periods.

head: L28H5
heldout_iou: 0.519
heldout_iou_no_bos: 0.490
name: L28H5
form: terms
terms: 13
origin: synthesized (search/terms)
target: L28H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.71, 'first'),                          # a first-token sink: 36%
    (1.45, 'same_sentence'),                  # the query's own sentence: 26%
    (-0.56, 'log_distance'),                  # recent tokens: 25%
    (2.14, 'key_class', 'PERIOD'),            # periods: 10%
    (0.77, 'same_token'),                     # earlier copies of the query token: 10%
    (-3.14, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 4%
    (2.52, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 4%
    (0.15, 'embed_cosine'),                   # tokens similar to the query: 3%
    (-0.11, 'same_word'),                     # away from the query's own word: 2%
    (1.67, 'query_distance', 'DET', 1),       # the previous token, from determiners: 2%
    (-1.69, 'pair', 'DET', 'PERIOD'),         # away from determiner -> period: 1%
    (1.41, 'key_token', '\n'),                # the token '\n': 1%
    (0.91, 'pair', 'TO', 'BOS'),              # 'to' -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
