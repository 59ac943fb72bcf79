"""Mostly the previous token; otherwise recent tokens, the token 2 back and the token itself.

head: L11H1
heldout_iou: 0.701
heldout_iou_no_bos: 0.702
name: L11H1
form: terms
terms: 12
origin: synthesized (search/terms)
target: L11H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.58, 'distance', 1),                    # the previous token: 63%
    (-2.34, 'log_distance'),                  # recent tokens: 38%
    (2.83, 'distance', 2),                    # the token 2 back: 14%
    (0.31, 'distance', 0),                    # the token itself: 3%
    (-0.23, 'embed_cosine'),                  # away from tokens similar to the query: 3%
    (-0.22, 'same_word'),                     # away from the query's own word: 2%
    (0.23, 'same_token'),                     # earlier copies of the query token: 2%
    (1.13, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (0.37, 'key_class', 'PERIOD'),            # periods: 1%
    (0.3, 'query_distance', 'CONTENT', 2),    # the token 2 back, from content words: 1%
    (-1.83, 'pair', 'NAME', 'NAME'),          # away from name -> name: 1%
    (-3.06, 'pair', 'NEWLINE', 'NEWLINE'),    # away from newline -> newline: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
