"""Mostly a first-token sink; otherwise the query's own sentence, earlier copies of the query token and the query's own word.

head: L25H5
heldout_iou: 0.760
heldout_iou_no_bos: 0.496
name: L25H5
form: terms
terms: 11
origin: synthesized (search/terms)
target: L25H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.55, 'first'),                          # a first-token sink: 80%
    (1.68, 'same_sentence'),                  # the query's own sentence: 11%
    (1.34, 'same_token'),                     # earlier copies of the query token: 5%
    (0.86, 'same_word'),                      # the query's own word: 4%
    (-2.27, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 2%
    (-0.06, 'log_distance'),                  # recent tokens: 2%
    (1.07, 'distance', 1),                    # the previous token: 2%
    (2.16, 'last', 'PERIOD'),                 # the last period: 1%
    (1.24, 'last', 'WH'),                     # the last wh-word: 1%
    (-0.14, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
    (0.64, 'pair', 'PREP', 'BOS'),            # preposition -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
