"""Mainly periods; otherwise the token ' the', commas and the query's own sentence.

head: L2H7
heldout_iou: 0.479
heldout_iou_no_bos: 0.474
name: L2H7
form: terms
terms: 14
origin: synthesized (search/terms)
target: L2H7
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py); comment: what
# the term draws attention to, and the share of attention it moves on the fitting windows
TERMS = [
    (2.6, 'key_class', 'PERIOD'),             # periods: 21%
    (2.94, 'key_token', ' the'),              # the token ' the': 21%
    (2.48, 'key_class', 'COMMA'),             # commas: 10%
    (0.57, 'same_sentence'),                  # the query's own sentence: 8%
    (-0.55, 'key_class', 'CONTENT'),          # away from content words: 4%
    (-0.12, 'log_distance'),                  # recent tokens: 4%
    (1.85, 'key_token', ' and'),              # the token ' and': 4%
    (1.13, 'first'),                          # a first-token sink: 3%
    (0.29, 'distance', 1),                    # the previous token: 2%
    (1.7, 'key_class', 'NEWLINE'),            # newlines: 1%
    (0.21, 'distance', 2),                    # the token 2 back: 1%
    (-1.04, 'key_class', 'NAME'),             # away from names: 1%
    (1.58, 'key_distance', 'PREP', 2),        # the token 2 back when a preposition: 1%
    (1.73, 'key_token', ' The'),              # the token ' The': 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
