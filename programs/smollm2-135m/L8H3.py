"""Mainly the token ' the'; otherwise a first-token sink, the previous token and the last content word.

head: L8H3
heldout_iou: 0.490
heldout_iou_no_bos: 0.328
name: L8H3
form: terms
terms: 13
origin: synthesized (search/terms)
target: L8H3
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (8.62, 'key_token', ' the'),              # the token ' the': 48%
    (7.69, 'first'),                          # a first-token sink: 43%
    (2.22, 'distance', 1),                    # the previous token: 5%
    (1.91, 'last', 'CONTENT'),                # the last content word: 2%
    (0.45, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 2%
    (4.56, 'query_distance', 'PREP', 1),      # the previous token, from prepositions: 2%
    (5.13, 'query_distance', 'TO', 1),        # the previous token, from 'to': 1%
    (-0.68, 'key_distance', 'CONTENT', 1),    # away from the previous token when a content word: 1%
    (3.46, 'key_distance', 'CONTENT', 2),     # the token 2 back when a content word: 1%
    (1.64, 'last', 'WH'),                     # the last wh-word: 0%
    (1.3, 'key_class', 'WH'),                 # wh-words: 0%
    (3.78, 'query_distance', 'PRON_SUBJ', 1), # the previous token, from subject pronouns: 0%
    (3.2, 'pair', 'AUX', 'WH'),               # auxiliary -> wh-word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
