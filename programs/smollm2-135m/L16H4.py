"""Mainly a first-token sink; otherwise the query's own sentence, recent tokens and the previous token.

head: L16H4
heldout_iou: 0.533
heldout_iou_no_bos: 0.488
name: L16H4
form: terms
terms: 15
origin: synthesized (search/terms)
target: L16H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.84, 'first'),                          # a first-token sink: 38%
    (2.09, 'same_sentence'),                  # the query's own sentence: 36%
    (-0.51, 'log_distance'),                  # recent tokens: 23%
    (0.81, 'distance', 1),                    # the previous token: 8%
    (-0.68, 'same_token'),                    # away from earlier copies of the query token: 7%
    (0.7, 'distance', 2),                     # the token 2 back: 5%
    (0.58, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 4%
    (0.23, 'key_class', 'CONTENT'),           # content words: 4%
    (0.3, 'last', 'CONTENT'),                 # the last content word: 3%
    (0.15, 'embed_cosine'),                   # tokens similar to the query: 2%
    (0.81, 'key_class', 'PERIOD'),            # periods: 2%
    (1.48, 'pair', 'NAME', 'BOS'),            # name -> first token: 1%
    (-0.82, 'key_token', ' the'),             # away from the token ' the': 1%
    (0.25, 'query_distance', 'CONTENT', 0),   # itself, from content words: 1%
    (0.1, 'distance', 0),                     # the token itself: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
