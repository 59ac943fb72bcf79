"""Mostly a first-token sink; otherwise the token ' the', earlier copies of the query token and content words.

head: L3H5
heldout_iou: 0.589
heldout_iou_no_bos: 0.490
name: L3H5
form: terms
terms: 9
origin: synthesized (search/terms)
target: L3H5
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.28, 'first'),                          # a first-token sink: 36%
    (2.44, 'key_token', ' the'),              # the token ' the': 16%
    (0.87, 'same_token'),                     # earlier copies of the query token: 4%
    (0.25, 'key_class', 'CONTENT'),           # content words: 3%
    (0.04, 'log_distance'),                   # distant tokens: 1%
    (0.86, 'word_start'),                     # word starts: 1%
    (0.77, 'query_distance', 'DET', 0),       # itself, from determiners: 1%
    (-0.06, 'same_sentence'),                 # away from the query's own sentence: 1%
    (0.5, 'key_class', 'VERB_ED'),            # -ed verbs: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
