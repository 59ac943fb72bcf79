"""Mainly a first-token sink; otherwise the token ' the', the query's own sentence and tokens similar to the query.

head: L9H3
heldout_iou: 0.447
heldout_iou_no_bos: 0.362
name: L9H3
form: terms
terms: 8
origin: synthesized (search/terms)
target: L9H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.9, 'first'),                           # a first-token sink: 38%
    (3.3, 'key_token', ' the'),               # the token ' the': 22%
    (0.7, 'same_sentence'),                   # the query's own sentence: 9%
    (0.54, 'embed_cosine'),                   # tokens similar to the query: 7%
    (1.41, 'last', 'PERIOD'),                 # the last period: 2%
    (-1.98, 'pair', 'PERIOD', 'DET'),         # away from period -> determiner: 2%
    (-1.88, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 1%
    (2.13, 'pair', 'PERIOD', 'CONJ'),         # period -> conjunction: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
