"""Mainly periods; otherwise the token ' the', tokens similar to the query and a first-token sink.

head: L2H6
heldout_iou: 0.489
heldout_iou_no_bos: 0.475
name: L2H6
form: terms
terms: 16
origin: synthesized (search/terms)
target: L2H6
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.03, 'key_class', 'PERIOD'),            # periods: 16%
    (2.04, 'key_token', ' the'),              # the token ' the': 13%
    (0.83, 'embed_cosine'),                   # tokens similar to the query: 10%
    (1.88, 'first'),                          # a first-token sink: 10%
    (-0.17, 'log_distance'),                  # recent tokens: 6%
    (1.58, 'key_class', 'COMMA'),             # commas: 5%
    (0.93, 'distance', 1),                    # the previous token: 5%
    (-1.66, 'key_class', 'PREP'),             # away from prepositions: 5%
    (0.97, 'key_class', 'CONJ'),              # conjunctions: 3%
    (-0.29, 'last', 'PERIOD'),                # away from the last period: 3%
    (0.47, 'distance', 2),                    # the token 2 back: 2%
    (1.02, 'word_start'),                     # word starts: 1%
    (-1.82, 'key_class', 'TO'),               # away from 'to': 1%
    (0.98, 'key_class', 'NEWLINE'),           # newlines: 1%
    (-0.81, 'key_distance', 'PERIOD', 1),     # away from the previous token when a period: 1%
    (2.43, 'key_distance', 'PREP', 2),        # the token 2 back when a preposition: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
