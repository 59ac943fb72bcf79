"""Mainly recent tokens; otherwise the query's own sentence, the previous token and away from the last period.

head: L11H7
heldout_iou: 0.528
heldout_iou_no_bos: 0.528
name: L11H7
form: terms
terms: 15
origin: synthesized (search/terms)
target: L11H7
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-1.04, 'log_distance'),                  # recent tokens: 39%
    (1.38, 'same_sentence'),                  # the query's own sentence: 22%
    (1.08, 'distance', 1),                    # the previous token: 18%
    (-1.62, 'last', 'PERIOD'),                # away from the last period: 16%
    (2.43, 'key_class', 'PERIOD'),            # periods: 16%
    (-0.75, 'same_token'),                    # away from earlier copies of the query token: 13%
    (1.06, 'key_token', '.'),                 # the token '.': 9%
    (0.73, 'distance', 2),                    # the token 2 back: 7%
    (-2.01, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 3%
    (0.19, 'distance', 0),                    # the token itself: 3%
    (0.15, 'same_word'),                      # the query's own word: 2%
    (-1.59, 'query_distance', 'PERIOD', 1),   # away from the previous token, from periods: 2%
    (0.22, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
    (1.84, 'pair', 'NAME', 'PERIOD'),         # name -> period: 1%
    (0.04, 'embed_cosine'),                   # tokens similar to the query: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
