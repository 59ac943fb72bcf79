"""Mainly a first-token sink; otherwise the query's own sentence, the previous token and the token 2 back.

head: L13H2
heldout_iou: 0.547
heldout_iou_no_bos: 0.480
name: L13H2
form: terms
terms: 16
origin: synthesized (search/terms)
target: L13H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (7.36, 'first'),                          # a first-token sink: 55%
    (2.74, 'same_sentence'),                  # the query's own sentence: 32%
    (2.97, 'distance', 1),                    # the previous token: 16%
    (2.54, 'distance', 2),                    # the token 2 back: 10%
    (-0.17, 'log_distance'),                  # recent tokens: 8%
    (-0.83, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 6%
    (1.91, 'last', 'PERIOD'),                 # the last period: 5%
    (1.8, 'distance', 3),                     # the token 3 back: 4%
    (1.03, 'key_class', 'PERIOD'),            # periods: 3%
    (1.11, 'same_token'),                     # earlier copies of the query token: 3%
    (1.7, 'pair', 'PERIOD', 'BOS'),           # period -> first token: 3%
    (-0.56, 'key_distance', 'CONTENT', 1),    # away from the previous token when a content word: 2%
    (-2.93, 'key_class', 'NAME'),             # away from names: 2%
    (-2.02, 'pair', 'NAME', 'BOS'),           # away from name -> first token: 2%
    (0.82, 'distance', 4),                    # the token 4 back: 1%
    (1.03, 'query_distance', 'NAME', 1),      # the previous token, from names: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
