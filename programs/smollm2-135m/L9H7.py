"""Mostly a first-token sink; otherwise the token ' the', period -> period and the previous token when a content word.

head: L9H7
heldout_iou: 0.479
heldout_iou_no_bos: 0.350
name: L9H7
form: terms
terms: 12
origin: synthesized (search/terms)
target: L9H7
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.05, 'first'),                          # a first-token sink: 43%
    (5.08, 'key_token', ' the'),              # the token ' the': 35%
    (5.59, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 4%
    (2.47, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 3%
    (0.47, 'key_class', 'CONTENT'),           # content words: 2%
    (2.21, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 2%
    (0.17, 'same_sentence'),                  # the query's own sentence: 2%
    (-0.37, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 1%
    (3.61, 'key_distance', 'VERB_ING', 1),    # the previous token when a -ing verb: 1%
    (3.76, 'after', 'PERIOD', 'NEWLINE'),     # period -> the token after a newline: 1%
    (3.68, 'pair', 'PERIOD', 'NEWLINE'),      # period -> newline: 1%
    (4.18, 'pair', 'NEWLINE', 'NEWLINE'),     # newline -> newline: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
