"""Mainly the previous token (31%); otherwise the token ' the', the first token and the token 2 back.

head: L10H5
heldout_iou: 0.413
heldout_iou_no_bos: 0.436
name: L10H5
form: terms
terms: 8
origin: synthesized (search/terms)
target: L10H5
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.43, 'distance', 1),                    # the previous token: 29%
    (5.15, 'key_token', ' the'),              # the token ' the': 19%
    (3.57, 'first'),                          # the first token: 16%
    (3.19, 'distance', 2),                    # the token 2 back: 13%
    (2.51, 'distance', 0),                    # the token itself: 8%
    (1.14, 'distance', 3),                    # the token 3 back: 5%
    (1.76, 'last', 'PERIOD'),                 # the last period: 1%
    (4.07, 'query_distance', 'DET', 1),       # the previous token, from determiners: 0%
                                              # other keys: 9%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
