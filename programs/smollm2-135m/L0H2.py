"""Mainly tokens similar to the query; otherwise periods, prepositions and 'to'.

head: L0H2
heldout_iou: 0.601
heldout_iou_no_bos: 0.601
name: L0H2
form: terms
terms: 16
origin: synthesized (search/terms)
target: L0H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (1.09, 'embed_cosine'),                   # tokens similar to the query: 12%
    (1.65, 'key_class', 'PERIOD'),            # periods: 9%
    (0.95, 'key_class', 'PREP'),              # prepositions: 6%
    (1.19, 'key_class', 'TO'),                # 'to': 4%
    (3.94, 'query_distance', 'PERIOD', 0),    # itself, from periods: 4%
    (-1.13, 'key_class', 'NAME'),             # away from names: 3%
    (-1.19, 'pair', 'CONTENT', 'PERIOD'),     # away from content word -> period: 3%
    (4.31, 'query_distance', 'COMMA', 0),     # itself, from commas: 2%
    (0.4, 'distance', 1),                     # the previous token: 2%
    (0.32, 'key_class', 'CONJ'),              # conjunctions: 1%
    (0.61, 'key_class', 'WH'),                # wh-words: 1%
    (0.25, 'last', 'PREP'),                   # the last preposition: 1%
    (0.25, 'key_token', ' and'),              # the token ' and': 1%
    (0.4, 'last', 'WH'),                      # the last wh-word: 1%
    (1.97, 'key_distance', 'COMMA', 1),       # the previous token when a comma: 1%
    (0.18, 'last', 'CONJ'),                   # the last conjunction: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
