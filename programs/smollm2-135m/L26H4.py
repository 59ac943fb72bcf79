"""Mostly a first-token sink; otherwise the query's own sentence, earlier copies of the query token and the previous token.

head: L26H4
heldout_iou: 0.623
heldout_iou_no_bos: 0.501
name: L26H4
form: terms
terms: 11
origin: synthesized (search/terms)
target: L26H4
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (6.61, 'first'),                          # a first-token sink: 62%
    (1.88, 'same_sentence'),                  # the query's own sentence: 24%
    (3.28, 'same_token'),                     # earlier copies of the query token: 19%
    (2.44, 'distance', 1),                    # the previous token: 8%
    (1.77, 'key_class', 'PERIOD'),            # periods: 4%
    (1.28, 'distance', 2),                    # the token 2 back: 2%
    (1.72, 'query_distance', 'DET', 1),       # the previous token, from determiners: 1%
    (1.09, 'query_distance', 'DET', 0),       # itself, from determiners: 1%
    (-0.77, 'key_class', 'AUX'),              # away from auxiliaries: 1%
    (1.97, 'query_distance', 'PRON_OBJ', 1),  # the previous token, from object pronouns: 1%
    (1.9, 'key_token', '\n'),                 # the token '\n': 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
