"""Mainly away from the query's own word; otherwise recent tokens, the previous token and the query's own sentence.

head: L11H2
heldout_iou: 0.576
heldout_iou_no_bos: 0.582
name: L11H2
form: terms
terms: 16
origin: synthesized (search/terms)
target: L11H2
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (-3.47, 'same_word'),                     # away from the query's own word: 56%
    (-1.64, 'log_distance'),                  # recent tokens: 45%
    (-1.3, 'distance', 1),                    # the previous token: 22%
    (1.28, 'same_sentence'),                  # the query's own sentence: 20%
    (1.49, 'key_class', 'PERIOD'),            # periods: 14%
    (0.75, 'last', 'PERIOD'),                 # the last period: 7%
    (-0.37, 'distance', 2),                   # the token 2 back: 5%
    (-3.73, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 5%
    (-0.3, 'key_class', 'CONTENT'),           # away from content words: 5%
    (2.38, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 2%
    (1.61, 'key_class', 'NEWLINE'),           # newlines: 2%
    (-0.77, 'key_class', 'NAME'),             # away from names: 2%
    (1.4, 'key_class', 'QUOTE'),              # quotation marks: 1%
    (-1.59, 'query_distance', 'PERIOD', 2),   # away from the token 2 back, from periods: 1%
    (-1.48, 'query_distance', 'PERIOD', 3),   # away from the token 3 back, from periods: 1%
    (0.95, 'query_distance', 'NAME', 1),      # the previous token, from names: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
