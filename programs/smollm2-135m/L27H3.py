"""Mainly a first-token sink; otherwise the query's own sentence, recent tokens and earlier copies of the query token.

head: L27H3
heldout_iou: 0.494
heldout_iou_no_bos: 0.459
name: L27H3
form: terms
terms: 14
origin: synthesized (search/terms)
target: L27H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.31, 'first'),                          # a first-token sink: 33%
    (1.31, 'same_sentence'),                  # the query's own sentence: 24%
    (-0.5, 'log_distance'),                   # recent tokens: 23%
    (1.02, 'same_token'),                     # earlier copies of the query token: 12%
    (1.99, 'key_class', 'PERIOD'),            # periods: 11%
    (0.56, 'last', 'CONTENT'),                # the last content word: 5%
    (2.42, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 4%
    (-2.43, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 3%
    (-0.22, 'same_word'),                     # away from the query's own word: 3%
    (-0.17, 'distance', 0),                   # the token itself: 3%
    (-0.38, 'key_class', 'DET'),              # away from determiners: 1%
    (1.8, 'key_class', 'QUOTE'),              # quotation marks: 1%
    (-0.11, 'query_distance', 'CONTENT', 0),  # away from itself, from content words: 1%
    (0.34, 'pair', 'DET', 'BOS'),             # determiner -> first token: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
