"""Mainly a first-token sink; otherwise away from the query's own word, the token ' the' and recent tokens.

head: L9H4
heldout_iou: 0.450
heldout_iou_no_bos: 0.401
name: L9H4
form: terms
terms: 15
origin: synthesized (search/terms)
target: L9H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.99, 'first'),                          # a first-token sink: 30%
    (-2.17, 'same_word'),                     # away from the query's own word: 24%
    (3.21, 'key_token', ' the'),              # the token ' the': 20%
    (-0.6, 'log_distance'),                   # recent tokens: 20%
    (0.9, 'same_sentence'),                   # the query's own sentence: 14%
    (-1.21, 'last', 'DET'),                   # away from the last determiner: 9%
    (1.59, 'last', 'PERIOD'),                 # the last period: 5%
    (0.94, 'same_token'),                     # earlier copies of the query token: 4%
    (-0.76, 'distance', 1),                   # the previous token: 4%
    (-0.25, 'key_class', 'CONTENT'),          # away from content words: 3%
    (0.4, 'distance', 3),                     # the token 3 back: 2%
    (0.43, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 2%
    (0.5, 'last', 'CONTENT'),                 # the last content word: 2%
    (-0.34, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 2%
    (0.61, 'key_distance', 'CONTENT', 2),     # the token 2 back when a content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
