"""Mainly a first-token sink; otherwise the token ' the', away from the last determiner and the query's own sentence.

head: L8H3
heldout_iou: 0.492
heldout_iou_no_bos: 0.339
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
    (8.66, 'first'),                          # a first-token sink: 46%
    (9.47, 'key_token', ' the'),              # the token ' the': 46%
    (-1.26, 'last', 'DET'),                   # away from the last determiner: 10%
    (1.04, 'same_sentence'),                  # the query's own sentence: 6%
    (3.07, 'distance', 1),                    # the previous token: 4%
    (-3.23, 'query_distance', 'CONTENT', 1),  # away from the previous token, from content words: 3%
    (-3.57, 'last', 'NUMBER'),                # away from the last number: 2%
    (3.92, 'query_distance', 'PRON_SUBJ', 1), # the previous token, from subject pronouns: 1%
    (1.6, 'key_class', 'CONTENT'),            # content words: 1%
    (2.48, 'last', 'WH'),                     # the last wh-word: 1%
    (4.63, 'query_distance', 'TO', 1),        # the previous token, from 'to': 1%
    (6.06, 'key_class', 'NUMBER'),            # numbers: 1%
    (5.23, 'key_distance', 'WH', 2),          # the token 2 back when a wh-word: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
