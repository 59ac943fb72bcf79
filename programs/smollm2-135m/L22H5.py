"""Mostly a first-token sink; otherwise recent tokens, the query's own sentence and periods.

head: L22H5
heldout_iou: 0.589
heldout_iou_no_bos: 0.511
name: L22H5
form: terms
terms: 11
origin: synthesized (search/terms)
target: L22H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.49, 'first'),                          # a first-token sink: 43%
    (-0.57, 'log_distance'),                  # recent tokens: 23%
    (0.85, 'same_sentence'),                  # the query's own sentence: 15%
    (0.9, 'key_class', 'PERIOD'),             # periods: 3%
    (0.27, 'same_token'),                     # earlier copies of the query token: 3%
    (0.37, 'last', 'CONTENT'),                # the last content word: 3%
    (0.13, 'key_class', 'CONTENT'),           # content words: 2%
    (0.07, 'embed_cosine'),                   # tokens similar to the query: 1%
    (0.51, 'key_class', 'NAME'),              # names: 1%
    (0.99, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (0.05, 'distance', 0),                    # the token itself: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
