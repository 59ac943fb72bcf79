"""Mostly a first-token sink; otherwise the token ' the', period -> period and the previous token when a content word.

head: L9H7
heldout_iou: 0.481
heldout_iou_no_bos: 0.356
name: L9H7
form: terms
terms: 12
origin: synthesized (search/terms)
target: L9H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (5.0, 'first'),                           # a first-token sink: 42%
    (5.03, 'key_token', ' the'),              # the token ' the': 35%
    (5.5, 'pair', 'PERIOD', 'PERIOD'),        # period -> period: 4%
    (2.46, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 3%
    (0.42, 'key_class', 'CONTENT'),           # content words: 2%
    (2.33, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 2%
    (0.12, 'same_sentence'),                  # the query's own sentence: 1%
    (3.76, 'key_distance', 'VERB_ING', 1),    # the previous token when a -ing verb: 1%
    (6.65, 'pair', 'PERIOD', 'NEWLINE'),      # period -> newline: 1%
    (4.14, 'pair', 'NEWLINE', 'NEWLINE'),     # newline -> newline: 1%
    (3.8, 'key_distance', 'VERB_ED', 1),      # the previous token when a -ed verb: 1%
    (1.47, 'key_distance', 'CONTENT', 2),     # the token 2 back when a content word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
