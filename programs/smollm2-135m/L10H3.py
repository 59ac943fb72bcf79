"""Mainly recent tokens; otherwise the token ' the', earlier copies of the query token and away from the last determiner.

head: L10H3
heldout_iou: 0.435
heldout_iou_no_bos: 0.437
name: L10H3
form: terms
terms: 12
origin: synthesized (search/terms)
target: L10H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.68, 'log_distance'),                  # recent tokens: 30%
    (3.79, 'key_token', ' the'),              # the token ' the': 26%
    (1.03, 'same_token'),                     # earlier copies of the query token: 17%
    (-1.56, 'last', 'DET'),                   # away from the last determiner: 11%
    (0.56, 'embed_cosine'),                   # tokens similar to the query: 10%
    (2.72, 'first'),                          # a first-token sink: 10%
    (0.88, 'query_distance', 'CONTENT', 0),   # itself, from content words: 6%
    (0.64, 'distance', 1),                    # the previous token: 3%
    (0.72, 'distance', 2),                    # the token 2 back: 3%
    (0.5, 'pair', 'CONTENT', 'DET'),          # content word -> determiner: 2%
    (0.5, 'after', 'CONTENT', 'PREP'),        # content word -> the token after a preposition: 1%
    (0.18, 'key_class', 'PERIOD'),            # periods: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
