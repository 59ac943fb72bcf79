"""Mainly recent tokens; otherwise periods, away from content words and determiners.

head: L1H6
heldout_iou: 0.536
heldout_iou_no_bos: 0.538
name: L1H6
form: terms
terms: 16
origin: synthesized (search/terms)
target: L1H6
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-0.57, 'log_distance'),                  # recent tokens: 21%
    (2.38, 'key_class', 'PERIOD'),            # periods: 20%
    (-0.95, 'key_class', 'CONTENT'),          # away from content words: 10%
    (1.18, 'key_class', 'DET'),               # determiners: 8%
    (2.13, 'key_class', 'COMMA'),             # commas: 7%
    (1.43, 'last', 'PREP'),                   # the last preposition: 5%
    (1.82, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 5%
    (1.9, 'key_class', 'TO'),                 # 'to': 5%
    (0.31, 'same_sentence'),                  # the query's own sentence: 5%
    (1.94, 'key_token', ' and'),              # the token ' and': 4%
    (3.27, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 4%
    (0.36, 'distance', 1),                    # the previous token: 4%
    (0.4, 'distance', 2),                     # the token 2 back: 3%
    (3.8, 'query_distance', 'TO', 1),         # the previous token, from 'to': 2%
    (2.28, 'key_token', '\n'),                # the token '\n': 2%
    (1.49, 'key_class', 'QUOTE'),             # quotation marks: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
