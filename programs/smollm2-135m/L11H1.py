"""Mainly the previous token; otherwise recent tokens, away from the query's own word and the token 2 back.

head: L11H1
heldout_iou: 0.691
heldout_iou_no_bos: 0.691
name: L11H1
form: terms
terms: 10
origin: synthesized (search/terms)
target: L11H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.58, 'distance', 1),                    # the previous token: 53%
    (-2.37, 'log_distance'),                  # recent tokens: 52%
    (-1.13, 'same_word'),                     # away from the query's own word: 15%
    (1.91, 'distance', 2),                    # the token 2 back: 13%
    (-0.26, 'embed_cosine'),                  # away from tokens similar to the query: 3%
    (0.34, 'same_token'),                     # earlier copies of the query token: 3%
    (-1.68, 'pair', 'NAME', 'NAME'),          # away from name -> name: 1%
    (0.2, 'query_distance', 'CONTENT', 2),    # the token 2 back, from content words: 1%
    (0.49, 'query_distance', 'PERIOD', 0),    # itself, from periods: 0%
    (0.47, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
