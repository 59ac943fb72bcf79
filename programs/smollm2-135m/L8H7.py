"""Mainly a first-token sink; otherwise the token ' the', recent tokens and periods.

head: L8H7
heldout_iou: 0.502
heldout_iou_no_bos: 0.455
name: L8H7
form: terms
terms: 11
origin: synthesized (search/terms)
target: L8H7
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.98, 'first'),                          # a first-token sink: 23%
    (2.74, 'key_token', ' the'),              # the token ' the': 21%
    (-0.2, 'log_distance'),                   # recent tokens: 7%
    (1.13, 'key_class', 'PERIOD'),            # periods: 5%
    (0.76, 'same_token'),                     # earlier copies of the query token: 5%
    (0.7, 'pair', 'CONTENT', 'CONTENT'),      # content word -> content word: 4%
    (-0.42, 'same_word'),                     # away from the query's own word: 3%
    (0.2, 'embed_cosine'),                    # tokens similar to the query: 3%
    (0.17, 'same_sentence'),                  # the query's own sentence: 3%
    (-0.17, 'distance', 0),                   # the token itself: 1%
    (0.84, 'last', 'COMMA'),                  # the last comma: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
