"""Mainly a first-token sink; otherwise the token ' the', the query's own sentence and the previous token when a content word.

head: L9H7
heldout_iou: 0.459
heldout_iou_no_bos: 0.355
name: L9H7
form: terms
terms: 8
origin: synthesized (search/terms)
target: L9H7
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (4.74, 'first'),                          # a first-token sink: 43%
    (4.12, 'key_token', ' the'),              # the token ' the': 27%
    (1.17, 'same_sentence'),                  # the query's own sentence: 16%
    (1.93, 'key_distance', 'CONTENT', 1),     # the previous token when a content word: 3%
    (4.52, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 3%
    (1.89, 'key_distance', 'CONTENT', 2),     # the token 2 back when a content word: 2%
    (2.12, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 2%
    (2.32, 'key_distance', 'VERB_ED', 1),     # the previous token when a -ed verb: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
