"""Mainly recent tokens; otherwise the token itself, tokens similar to the query and the previous token.

head: L1H4
heldout_iou: 0.554
heldout_iou_no_bos: 0.554
name: L1H4
form: terms
terms: 7
origin: synthesized (search/terms)
target: L1H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.96, 'log_distance'),                  # recent tokens: 32%
    (-1.6, 'distance', 0),                    # the token itself: 26%
    (0.63, 'embed_cosine'),                   # tokens similar to the query: 8%
    (-0.31, 'distance', 1),                   # the previous token: 3%
    (0.44, 'key_class', 'AUX'),               # auxiliaries: 3%
    (0.27, 'key_class', 'TO'),                # 'to': 1%
    (0.22, 'key_token', ' to'),               # the token ' to': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
