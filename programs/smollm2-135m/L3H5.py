"""Mostly a first-token sink; otherwise the token ' the', content words and earlier copies of the query token.

head: L3H5
heldout_iou: 0.589
heldout_iou_no_bos: 0.495
name: L3H5
form: terms
terms: 7
origin: synthesized (search/terms)
target: L3H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.26, 'first'),                          # a first-token sink: 36%
    (2.36, 'key_token', ' the'),              # the token ' the': 15%
    (0.27, 'key_class', 'CONTENT'),           # content words: 3%
    (0.62, 'same_token'),                     # earlier copies of the query token: 3%
    (0.6, 'pair', 'DET', 'DET'),              # determiner -> determiner: 1%
    (0.87, 'word_start'),                     # word starts: 1%
    (0.56, 'key_class', 'VERB_ED'),           # -ed verbs: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
