"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and the last period.

head: L13H3
heldout_iou: 0.579
heldout_iou_no_bos: 0.460
name: L13H3
form: terms
terms: 16
origin: synthesized (search/terms)
target: L13H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.94, 'first'),                          # a first-token sink: 59%
    (2.16, 'same_sentence'),                  # the query's own sentence: 20%
    (-0.46, 'log_distance'),                  # recent tokens: 15%
    (3.04, 'last', 'PERIOD'),                 # the last period: 7%
    (-6.05, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 6%
    (-1.32, 'same_word'),                     # away from the query's own word: 5%
    (-0.41, 'key_class', 'CONTENT'),          # away from content words: 3%
    (-0.37, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 3%
    (0.53, 'distance', 3),                    # the token 3 back: 2%
    (0.44, 'distance', 2),                    # the token 2 back: 2%
    (0.72, 'last', 'CONJ'),                   # the last conjunction: 1%
    (3.59, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (-1.26, 'key_class', 'NAME'),             # away from names: 1%
    (2.52, 'key_token', '\n'),                # the token '\n': 1%
    (2.01, 'query_distance', 'NAME', 1),      # the previous token, from names: 1%
    (0.2, 'pair', 'CONTENT', 'PERIOD'),       # content word -> period: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
