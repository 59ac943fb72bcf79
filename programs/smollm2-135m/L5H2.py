"""Mainly earlier copies of the query token; otherwise recent tokens, a first-token sink and the token ' the'.

head: L5H2
heldout_iou: 0.547
heldout_iou_no_bos: 0.538
name: L5H2
form: terms
terms: 8
origin: synthesized (search/terms)
target: L5H2
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.97, 'same_token'),                     # earlier copies of the query token: 38%
    (-0.5, 'log_distance'),                   # recent tokens: 28%
    (4.67, 'first'),                          # a first-token sink: 27%
    (3.08, 'key_token', ' the'),              # the token ' the': 19%
    (0.61, 'same_word'),                      # the query's own word: 13%
    (0.76, 'key_class', 'DET'),               # determiners: 9%
    (-0.26, 'key_class', 'CONTENT'),          # away from content words: 2%
    (-0.97, 'pair', 'DET', 'DET'),            # away from determiner -> determiner: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
