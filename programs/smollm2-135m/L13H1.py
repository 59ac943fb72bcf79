"""Mainly a first-token sink; otherwise the query's own sentence, the previous token and the token 2 back.

head: L13H1
heldout_iou: 0.566
heldout_iou_no_bos: 0.523
name: L13H1
form: terms
terms: 15
origin: synthesized (search/terms)
target: L13H1
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.18, 'first'),                          # a first-token sink: 45%
    (3.13, 'same_sentence'),                  # the query's own sentence: 44%
    (2.78, 'distance', 1),                    # the previous token: 21%
    (2.1, 'distance', 2),                     # the token 2 back: 10%
    (1.28, 'same_token'),                     # earlier copies of the query token: 5%
    (1.16, 'distance', 3),                    # the token 3 back: 3%
    (2.21, 'last', 'PERIOD'),                 # the last period: 2%
    (-2.12, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 2%
    (0.55, 'key_class', 'AUX'),               # auxiliaries: 2%
    (0.03, 'log_distance'),                   # distant tokens: 2%
    (1.51, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (-1.11, 'query_distance', 'PERIOD', 1),   # away from the previous token, from periods: 1%
    (-0.82, 'key_class', 'NAME'),             # away from names: 1%
    (0.86, 'pair', 'PRON_OBJ', 'BOS'),        # object pronoun -> first token: 1%
    (-1.17, 'query_distance', 'PERIOD', 2),   # away from the token 2 back, from periods: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
