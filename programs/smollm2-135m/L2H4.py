"""Mainly distant tokens; otherwise a first-token sink, tokens similar to the query and earlier copies of the query token.

head: L2H4
heldout_iou: 0.403
heldout_iou_no_bos: 0.381
name: L2H4
form: terms
terms: 15
origin: synthesized (search/terms)
target: L2H4
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (0.97, 'log_distance'),                   # distant tokens: 36%
    (1.9, 'first'),                           # a first-token sink: 17%
    (1.07, 'embed_cosine'),                   # tokens similar to the query: 16%
    (1.7, 'same_token'),                      # earlier copies of the query token: 14%
    (1.01, 'key_token', '.'),                 # the token '.': 7%
    (0.98, 'key_class', 'PERIOD'),            # periods: 7%
    (1.56, 'key_token', ' the'),              # the token ' the': 6%
    (1.01, 'key_class', 'COMMA'),             # commas: 3%
    (1.01, 'key_token', ','),                 # the token ',': 3%
    (0.71, 'key_token', ' and'),              # the token ' and': 2%
    (1.33, 'pair', 'DET', 'BOS'),             # determiner -> first token: 2%
    (0.31, 'same_word'),                      # the query's own word: 2%
    (0.3, 'distance', 0),                     # the token itself: 2%
    (0.35, 'key_class', 'CONJ'),              # conjunctions: 1%
    (0.41, 'pair', 'CONTENT', 'CONJ'),        # content word -> conjunction: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
