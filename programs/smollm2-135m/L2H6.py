"""Mainly periods; otherwise the token ' the', a first-token sink and the query's own sentence.

head: L2H6
heldout_iou: 0.490
heldout_iou_no_bos: 0.472
name: L2H6
form: terms
terms: 15
origin: synthesized (search/terms)
target: L2H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.1, 'key_class', 'PERIOD'),             # periods: 16%
    (2.21, 'key_token', ' the'),              # the token ' the': 14%
    (2.13, 'first'),                          # a first-token sink: 11%
    (0.56, 'same_sentence'),                  # the query's own sentence: 9%
    (0.69, 'embed_cosine'),                   # tokens similar to the query: 8%
    (1.7, 'key_class', 'COMMA'),              # commas: 5%
    (0.65, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 4%
    (0.71, 'distance', 1),                    # the previous token: 4%
    (1.1, 'key_class', 'CONJ'),               # conjunctions: 3%
    (-1.52, 'key_class', 'PREP'),             # away from prepositions: 3%
    (0.45, 'distance', 2),                    # the token 2 back: 2%
    (0.98, 'word_start'),                     # word starts: 1%
    (-1.88, 'key_class', 'TO'),               # away from 'to': 1%
    (0.03, 'log_distance'),                   # distant tokens: 1%
    (1.26, 'key_class', 'NEWLINE'),           # newlines: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
