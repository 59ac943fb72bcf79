"""Mainly a first-token sink; otherwise the token ' the', distant tokens and earlier copies of the query token.

head: L8H0
heldout_iou: 0.480
heldout_iou_no_bos: 0.469
name: L8H0
form: terms
terms: 13
origin: synthesized (search/terms)
target: L8H0
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.05, 'first'),                          # a first-token sink: 38%
    (6.89, 'key_token', ' the'),              # the token ' the': 36%
    (0.71, 'log_distance'),                   # distant tokens: 25%
    (6.05, 'same_token'),                     # earlier copies of the query token: 23%
    (1.3, 'embed_cosine'),                    # tokens similar to the query: 17%
    (-0.68, 'same_sentence'),                 # away from the query's own sentence: 7%
    (1.31, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 3%
    (-1.25, 'pair', 'DET', 'DET'),            # away from determiner -> determiner: 1%
    (1.21, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
    (-0.17, 'distance', 0),                   # the token itself: 1%
    (-0.18, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 1%
    (2.03, 'key_distance', 'DET', 1),         # the previous token when a determiner: 1%
    (-2.42, 'key_token', ' a'),               # away from the token ' a': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
