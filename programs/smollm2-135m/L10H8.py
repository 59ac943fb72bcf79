"""Mainly recent tokens; otherwise tokens similar to the query, determiners and the token ' the'.

head: L10H8
heldout_iou: 0.508
heldout_iou_no_bos: 0.511
name: L10H8
form: terms
terms: 11
origin: synthesized (search/terms)
target: L10H8
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.86, 'log_distance'),                  # recent tokens: 36%
    (1.43, 'embed_cosine'),                   # tokens similar to the query: 22%
    (1.04, 'key_class', 'DET'),               # determiners: 10%
    (1.59, 'key_token', ' the'),              # the token ' the': 10%
    (-0.81, 'last', 'DET'),                   # away from the last determiner: 7%
    (-0.83, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 6%
    (0.83, 'key_class', 'PERIOD'),            # periods: 5%
    (0.72, 'key_token', '.'),                 # the token '.': 4%
    (1.53, 'query_distance', 'CONJ', 0),      # itself, from conjunctions: 1%
    (1.47, 'pair', 'CONJ', 'CONJ'),           # conjunction -> conjunction: 1%
    (0.99, 'query_distance', 'COMMA', 0),     # itself, from commas: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
