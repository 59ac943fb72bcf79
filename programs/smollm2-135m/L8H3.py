"""Mainly the token ' the'; otherwise a first-token sink, distant tokens and the query's own sentence.

head: L8H3
heldout_iou: 0.497
heldout_iou_no_bos: 0.320
name: L8H3
form: terms
terms: 14
origin: synthesized (search/terms)
target: L8H3
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (9.62, 'key_token', ' the'),              # the token ' the': 47%
    (8.24, 'first'),                          # a first-token sink: 45%
    (0.88, 'log_distance'),                   # distant tokens: 17%
    (0.85, 'same_sentence'),                  # the query's own sentence: 5%
    (3.9, 'distance', 1),                     # the previous token: 4%
    (0.94, 'after', 'CONTENT', 'PREP'),       # content word -> the token after a preposition: 3%
    (-3.74, 'query_distance', 'CONTENT', 1),  # away from the previous token, from content words: 3%
    (0.61, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (2.42, 'key_class', 'CONTENT'),           # content words: 2%
    (4.54, 'query_distance', 'PRON_SUBJ', 1), # the previous token, from subject pronouns: 1%
    (3.61, 'last', 'WH'),                     # the last wh-word: 1%
    (1.36, 'same_word'),                      # the query's own word: 1%
    (6.34, 'key_distance', 'WH', 2),          # the token 2 back when a wh-word: 1%
    (5.12, 'query_distance', 'TO', 1),        # the previous token, from 'to': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
