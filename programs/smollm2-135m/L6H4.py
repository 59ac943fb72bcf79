"""Mainly a first-token sink; otherwise recent tokens, the token ' the' and the previous token.

head: L6H4
heldout_iou: 0.465
heldout_iou_no_bos: 0.441
name: L6H4
form: terms
terms: 16
origin: synthesized (search/terms)
target: L6H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.63, 'first'),                          # a first-token sink: 27%
    (-0.59, 'log_distance'),                  # recent tokens: 23%
    (3.32, 'key_token', ' the'),              # the token ' the': 19%
    (1.54, 'distance', 1),                    # the previous token: 11%
    (-1.34, 'last', 'DET'),                   # away from the last determiner: 9%
    (1.16, 'distance', 2),                    # the token 2 back: 7%
    (-1.57, 'key_class', 'NAME'),             # away from names: 3%
    (0.7, 'query_distance', 'CONTENT', 2),    # the token 2 back, from content words: 2%
    (0.75, 'last', 'PERIOD'),                 # the last period: 2%
    (0.51, 'distance', 3),                    # the token 3 back: 2%
    (1.49, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 2%
    (0.58, 'last', 'CONJ'),                   # the last conjunction: 2%
    (1.48, 'word_start'),                     # word starts: 1%
    (1.0, 'key_distance', 'CONJ', 1),         # the previous token when a conjunction: 1%
    (0.67, 'query_distance', 'CONTENT', 3),   # the token 3 back, from content words: 1%
    (0.96, 'key_distance', 'PREP', 2),        # the token 2 back when a preposition: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
