"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and the last period.

head: L13H3
heldout_iou: 0.576
heldout_iou_no_bos: 0.456
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
    (5.93, 'first'),                          # a first-token sink: 57%
    (2.2, 'same_sentence'),                   # the query's own sentence: 22%
    (-0.55, 'log_distance'),                  # recent tokens: 19%
    (3.1, 'last', 'PERIOD'),                  # the last period: 8%
    (-1.35, 'same_word'),                     # away from the query's own word: 6%
    (-0.55, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 4%
    (-0.42, 'key_class', 'CONTENT'),          # away from content words: 4%
    (-2.74, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 2%
    (0.38, 'distance', 2),                    # the token 2 back: 2%
    (-1.57, 'key_token', ' the'),             # away from the token ' the': 1%
    (0.67, 'last', 'CONJ'),                   # the last conjunction: 1%
    (-1.23, 'key_class', 'NAME'),             # away from names: 1%
    (2.41, 'key_token', '\n'),                # the token '\n': 1%
    (1.88, 'query_distance', 'NAME', 1),      # the previous token, from names: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
