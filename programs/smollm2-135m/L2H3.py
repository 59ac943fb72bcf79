"""Mainly periods; otherwise a first-token sink, the token ' the' and the previous token.

head: L2H3
heldout_iou: 0.469
heldout_iou_no_bos: 0.447
name: L2H3
form: terms
terms: 15
origin: synthesized (search/terms)
target: L2H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.77, 'key_class', 'PERIOD'),            # periods: 22%
    (2.53, 'first'),                          # a first-token sink: 14%
    (2.47, 'key_token', ' the'),              # the token ' the': 14%
    (1.19, 'distance', 1),                    # the previous token: 6%
    (1.48, 'key_class', 'COMMA'),             # commas: 6%
    (0.87, 'key_token', ','),                 # the token ',': 4%
    (1.88, 'key_token', ' and'),              # the token ' and': 3%
    (0.9, 'same_word'),                       # the query's own word: 3%
    (1.54, 'key_token', ' in'),               # the token ' in': 2%
    (-1.35, 'key_distance', 'PERIOD', 1),     # away from the previous token when a period: 2%
    (1.23, 'pair', 'PERIOD', 'DET'),          # period -> determiner: 1%
    (-1.37, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 1%
    (1.67, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 1%
    (1.1, 'word_start'),                      # word starts: 1%
    (2.84, 'query_distance', 'TO', 1),        # the previous token, from 'to': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
