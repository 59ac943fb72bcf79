"""Mostly a first-token sink; otherwise the token ' the', the query's own sentence and away from the last determiner.

head: L9H3
heldout_iou: 0.458
heldout_iou_no_bos: 0.358
name: L9H3
form: terms
terms: 9
origin: synthesized (search/terms)
target: L9H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.86, 'first'),                          # a first-token sink: 36%
    (3.94, 'key_token', ' the'),              # the token ' the': 30%
    (0.31, 'same_sentence'),                  # the query's own sentence: 3%
    (-0.34, 'last', 'DET'),                   # away from the last determiner: 3%
    (-3.14, 'pair', 'PERIOD', 'DET'),         # away from period -> determiner: 3%
    (-2.08, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 3%
    (0.21, 'embed_cosine'),                   # tokens similar to the query: 2%
    (1.39, 'last', 'PERIOD'),                 # the last period: 2%
    (2.0, 'pair', 'PERIOD', 'CONJ'),          # period -> conjunction: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
