"""Mostly a first-token sink; otherwise the token itself, recent tokens and the query's own sentence.

head: L27H6
heldout_iou: 0.600
heldout_iou_no_bos: 0.552
name: L27H6
form: terms
terms: 15
origin: synthesized (search/terms)
target: L27H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.07, 'first'),                          # a first-token sink: 72%
    (2.79, 'distance', 0),                    # the token itself: 18%
    (-0.48, 'log_distance'),                  # recent tokens: 17%
    (1.24, 'same_sentence'),                  # the query's own sentence: 15%
    (0.38, 'same_token'),                     # earlier copies of the query token: 5%
    (1.82, 'distance', 1),                    # the previous token: 4%
    (0.23, 'embed_cosine'),                   # tokens similar to the query: 3%
    (0.18, 'same_word'),                      # the query's own word: 2%
    (1.54, 'query_distance', 'CONTENT', 1),   # the previous token, from content words: 2%
    (0.49, 'query_distance', 'CONTENT', 0),   # itself, from content words: 2%
    (0.83, 'key_class', 'PERIOD'),            # periods: 1%
    (0.81, 'key_token', '.'),                 # the token '.': 1%
    (0.84, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (0.8, 'key_distance', 'DET', 1),          # the previous token when a determiner: 1%
    (-0.33, 'last', 'PERIOD'),                # away from the last period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
