"""Mostly a first-token sink; otherwise the token ' the', content words and earlier copies of the query token.

head: L3H5
heldout_iou: 0.585
heldout_iou_no_bos: 0.491
name: L3H5
form: terms
terms: 11
origin: synthesized (search/terms)
target: L3H5
"""
from programs import terms as T

# (weight, term, arguments): logit added where the term holds (programs/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (3.21, 'first'),                          # a first-token sink: 36%
    (2.13, 'key_token', ' the'),              # the token ' the': 11%
    (0.36, 'key_class', 'CONTENT'),           # content words: 5%
    (0.75, 'same_token'),                     # earlier copies of the query token: 3%
    (0.05, 'log_distance'),                   # distant tokens: 2%
    (1.13, 'word_start'),                     # word starts: 1%
    (-0.54, 'key_class', 'NAME'),             # away from names: 1%
    (0.65, 'pair', 'DET', 'DET'),             # determiner -> determiner: 1%
    (0.55, 'key_class', 'VERB_ED'),           # -ed verbs: 1%
    (0.15, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 1%
    (1.33, 'pair', 'NAME', 'NAME'),           # name -> name: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
