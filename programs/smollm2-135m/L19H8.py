"""Mostly a first-token sink; otherwise the previous token, the query's own sentence and recent tokens.

head: L19H8
heldout_iou: 0.725
heldout_iou_no_bos: 0.640
name: L19H8
form: terms
terms: 11
origin: synthesized (search/terms)
target: L19H8
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (9.52, 'first'),                          # a first-token sink: 75%
    (5.57, 'distance', 1),                    # the previous token: 18%
    (1.8, 'same_sentence'),                   # the query's own sentence: 17%
    (-0.22, 'log_distance'),                  # recent tokens: 8%
    (3.83, 'distance', 2),                    # the token 2 back: 3%
    (1.36, 'same_word'),                      # the query's own word: 2%
    (-1.12, 'pair', 'PREP', 'BOS'),           # away from preposition -> first token: 2%
    (0.22, 'key_class', 'CONTENT'),           # content words: 1%
    (0.73, 'last', 'PREP'),                   # the last preposition: 1%
    (1.09, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 1%
    (1.87, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
