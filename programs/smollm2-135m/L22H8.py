"""Mostly a first-token sink; otherwise the query's own sentence, recent tokens and the previous token.

head: L22H8
heldout_iou: 0.536
heldout_iou_no_bos: 0.442
name: L22H8
form: terms
terms: 15
origin: synthesized (search/terms)
target: L22H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.3, 'first'),                           # a first-token sink: 60%
    (0.98, 'same_sentence'),                  # the query's own sentence: 14%
    (-0.34, 'log_distance'),                  # recent tokens: 14%
    (1.61, 'distance', 1),                    # the previous token: 7%
    (0.39, 'key_class', 'CONTENT'),           # content words: 4%
    (1.02, 'distance', 2),                    # the token 2 back: 3%
    (0.23, 'embed_cosine'),                   # tokens similar to the query: 3%
    (0.41, 'distance', 0),                    # the token itself: 3%
    (1.69, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 3%
    (0.33, 'same_token'),                     # earlier copies of the query token: 2%
    (1.35, 'last', 'PERIOD'),                 # the last period: 2%
    (0.27, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (0.24, 'same_word'),                      # the query's own word: 2%
    (-0.36, 'key_distance', 'CONTENT', 1),    # away from the previous token when a content word: 1%
    (0.14, 'last', 'CONTENT'),                # the last content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
