"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and the last period.

head: L13H3
heldout_iou: 0.562
heldout_iou_no_bos: 0.443
name: L13H3
form: terms
terms: 14
origin: synthesized (search/terms)
target: L13H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.04, 'first'),                          # a first-token sink: 63%
    (-0.67, 'log_distance'),                  # recent tokens: 18%
    (1.99, 'same_sentence'),                  # the query's own sentence: 17%
    (1.68, 'last', 'PERIOD'),                 # the last period: 7%
    (0.88, 'key_class', 'PERIOD'),            # periods: 5%
    (-0.45, 'embed_cosine'),                  # away from tokens similar to the query: 5%
    (-0.65, 'key_class', 'CONTENT'),          # away from content words: 4%
    (0.68, 'key_token', '.'),                 # the token '.': 4%
    (-1.73, 'key_class', 'NAME'),             # away from names: 2%
    (-0.86, 'same_word'),                     # away from the query's own word: 2%
    (-0.85, 'distance', 0),                   # the token itself: 2%
    (-1.49, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
    (0.4, 'last', 'CONJ'),                    # the last conjunction: 1%
    (0.26, 'key_class', 'CONJ'),              # conjunctions: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
