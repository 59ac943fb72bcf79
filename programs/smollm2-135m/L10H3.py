"""Mainly recent tokens; otherwise the token ' the', earlier copies of the query token and away from the last determiner.

head: L10H3
heldout_iou: 0.443
heldout_iou_no_bos: 0.446
name: L10H3
form: terms
terms: 14
origin: synthesized (search/terms)
target: L10H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.8, 'log_distance'),                   # recent tokens: 32%
    (4.49, 'key_token', ' the'),              # the token ' the': 30%
    (1.61, 'same_token'),                     # earlier copies of the query token: 23%
    (-1.65, 'last', 'DET'),                   # away from the last determiner: 14%
    (0.65, 'same_sentence'),                  # the query's own sentence: 12%
    (-0.51, 'distance', 0),                   # the token itself: 10%
    (2.95, 'first'),                          # a first-token sink: 8%
    (0.42, 'embed_cosine'),                   # tokens similar to the query: 7%
    (-0.36, 'same_word'),                     # away from the query's own word: 7%
    (1.68, 'key_class', 'PERIOD'),            # periods: 6%
    (0.45, 'query_distance', 'CONTENT', 0),   # itself, from content words: 3%
    (-1.88, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 3%
    (0.26, 'last', 'CONTENT'),                # the last content word: 2%
    (0.66, 'pair', 'NAME', 'NAME'),           # name -> name: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
