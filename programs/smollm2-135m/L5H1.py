"""Mainly a first-token sink; otherwise the token ' the', earlier copies of the query token and content word -> content word.

head: L5H1
heldout_iou: 0.506
heldout_iou_no_bos: 0.455
name: L5H1
form: terms
terms: 10
origin: synthesized (search/terms)
target: L5H1
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.96, 'first'),                          # a first-token sink: 26%
    (2.69, 'key_token', ' the'),              # the token ' the': 18%
    (1.13, 'same_token'),                     # earlier copies of the query token: 6%
    (0.86, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 6%
    (0.65, 'distance', 2),                    # the token 2 back: 2%
    (0.64, 'distance', 1),                    # the previous token: 2%
    (-1.08, 'key_token', ' a'),               # away from the token ' a': 1%
    (0.68, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 1%
    (0.51, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 1%
    (-0.52, 'key_class', 'CONJ'),             # away from conjunctions: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
