"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and content words.

head: L22H5
heldout_iou: 0.584
heldout_iou_no_bos: 0.511
name: L22H5
form: terms
terms: 14
origin: synthesized (search/terms)
target: L22H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.57, 'first'),                          # a first-token sink: 43%
    (-0.72, 'log_distance'),                  # recent tokens: 27%
    (0.42, 'same_sentence'),                  # the query's own sentence: 8%
    (0.4, 'key_class', 'CONTENT'),            # content words: 6%
    (0.26, 'last', 'CONTENT'),                # the last content word: 2%
    (0.12, 'embed_cosine'),                   # tokens similar to the query: 2%
    (0.61, 'last', 'NAME'),                   # the last name: 1%
    (0.1, 'same_token'),                      # earlier copies of the query token: 1%
    (1.01, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (0.08, 'same_word'),                      # the query's own word: 1%
    (0.28, 'key_class', 'PERIOD'),            # periods: 1%
    (0.29, 'key_token', '.'),                 # the token '.': 1%
    (0.07, 'distance', 0),                    # the token itself: 1%
    (0.07, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
