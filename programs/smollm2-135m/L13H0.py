"""Mainly a first-token sink; otherwise recent tokens, the query's own sentence and earlier copies of the query token.

head: L13H0
heldout_iou: 0.652
heldout_iou_no_bos: 0.595
name: L13H0
form: terms
terms: 12
origin: synthesized (search/terms)
target: L13H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.33, 'first'),                          # a first-token sink: 48%
    (-0.51, 'log_distance'),                  # recent tokens: 25%
    (1.06, 'same_sentence'),                  # the query's own sentence: 20%
    (1.59, 'same_token'),                     # earlier copies of the query token: 20%
    (0.27, 'embed_cosine'),                   # tokens similar to the query: 5%
    (1.51, 'key_class', 'PERIOD'),            # periods: 4%
    (1.04, 'distance', 1),                    # the previous token: 4%
    (-1.51, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 2%
    (0.12, 'same_word'),                      # the query's own word: 2%
    (0.08, 'distance', 0),                    # the token itself: 1%
    (0.65, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (0.08, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
