"""Mainly the token '.'; otherwise a first-token sink, distant tokens and the previous token.

head: L2H3
heldout_iou: 0.455
heldout_iou_no_bos: 0.432
name: L2H3
form: terms
terms: 15
origin: synthesized (search/terms)
target: L2H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.66, 'key_token', '.'),                 # the token '.': 20%
    (2.37, 'first'),                          # a first-token sink: 14%
    (0.27, 'log_distance'),                   # distant tokens: 11%
    (1.47, 'distance', 1),                    # the previous token: 10%
    (2.03, 'key_token', ' the'),              # the token ' the': 9%
    (0.51, 'same_sentence'),                  # the query's own sentence: 8%
    (-0.42, 'key_class', 'CONTENT'),          # away from content words: 5%
    (1.92, 'key_token', ','),                 # the token ',': 5%
    (1.53, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 4%
    (0.92, 'same_word'),                      # the query's own word: 4%
    (0.85, 'distance', 2),                    # the token 2 back: 3%
    (0.79, 'key_token', ' and'),              # the token ' and': 2%
    (0.3, 'key_class', 'CONJ'),               # conjunctions: 1%
    (0.88, 'pair', 'PREP', 'PREP'),           # preposition -> preposition: 1%
    (1.14, 'query_distance', 'PREP', 0),      # itself, from prepositions: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
