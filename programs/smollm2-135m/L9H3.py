"""Mostly a first-token sink; otherwise the token ' the', the last period and away from period -> determiner.

head: L9H3
heldout_iou: 0.456
heldout_iou_no_bos: 0.356
name: L9H3
form: terms
terms: 8
origin: synthesized (search/terms)
target: L9H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.79, 'first'),                          # a first-token sink: 35%
    (3.81, 'key_token', ' the'),              # the token ' the': 30%
    (1.49, 'last', 'PERIOD'),                 # the last period: 3%
    (-3.03, 'pair', 'PERIOD', 'DET'),         # away from period -> determiner: 3%
    (-2.12, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 3%
    (0.2, 'embed_cosine'),                    # tokens similar to the query: 2%
    (0.13, 'same_sentence'),                  # the query's own sentence: 1%
    (1.95, 'pair', 'PERIOD', 'CONJ'),         # period -> conjunction: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
