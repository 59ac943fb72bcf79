"""Mainly a first-token sink; otherwise the token '.', tokens similar to the query and the query's own sentence.

head: L2H6
heldout_iou: 0.479
heldout_iou_no_bos: 0.461
name: L2H6
form: terms
terms: 14
origin: synthesized (search/terms)
target: L2H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.42, 'first'),                          # a first-token sink: 13%
    (1.89, 'key_token', '.'),                 # the token '.': 11%
    (0.76, 'embed_cosine'),                   # tokens similar to the query: 10%
    (0.55, 'same_sentence'),                  # the query's own sentence: 10%
    (1.96, 'key_token', ' the'),              # the token ' the': 10%
    (1.16, 'distance', 1),                    # the previous token: 8%
    (1.55, 'key_class', 'COMMA'),             # commas: 5%
    (-0.08, 'log_distance'),                  # recent tokens: 3%
    (0.47, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 3%
    (0.38, 'distance', 2),                    # the token 2 back: 2%
    (0.47, 'key_class', 'CONJ'),              # conjunctions: 2%
    (0.52, 'key_token', ' and'),              # the token ' and': 2%
    (-1.29, 'key_class', 'TO'),               # away from 'to': 1%
    (0.47, 'query_distance', 'CONTENT', 2),   # the token 2 back, from content words: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
