"""Mainly a first-token sink; otherwise the token ' the', recent tokens and tokens similar to the query.

head: L8H7
heldout_iou: 0.496
heldout_iou_no_bos: 0.458
name: L8H7
form: terms
terms: 13
origin: synthesized (search/terms)
target: L8H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.78, 'first'),                          # a first-token sink: 21%
    (2.83, 'key_token', ' the'),              # the token ' the': 18%
    (-0.34, 'log_distance'),                  # recent tokens: 11%
    (0.41, 'embed_cosine'),                   # tokens similar to the query: 5%
    (-0.8, 'last', 'DET'),                    # away from the last determiner: 5%
    (0.69, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 4%
    (0.63, 'key_class', 'PERIOD'),            # periods: 3%
    (0.53, 'key_token', '.'),                 # the token '.': 3%
    (-0.28, 'distance', 0),                   # the token itself: 2%
    (-0.25, 'same_word'),                     # away from the query's own word: 1%
    (0.24, 'same_token'),                     # earlier copies of the query token: 1%
    (0.92, 'word_start'),                     # word starts: 1%
    (-0.46, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
