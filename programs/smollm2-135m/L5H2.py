"""Mainly the token itself (36%); on repeated random tokens mainly the first token (47%); otherwise the token ' the', the previous token and periods.

head: L5H2
heldout_iou: 0.525
heldout_iou_no_bos: 0.502
name: L5H2
form: terms
terms: 12
origin: synthesized (search/terms)
target: L5H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.43, 'distance', 0),                    # the token itself: 36%
    (4.12, 'first'),                          # the first token: 31%
    (2.96, 'key_token', ' the'),              # the token ' the': 10%
    (1.07, 'distance', 1),                    # the previous token: 3%
    (1.27, 'key_class', 'PERIOD'),            # periods: 2%
    (-0.45, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 2%
    (1.02, 'same_token'),                     # earlier copies of the query token: 2%
    (0.73, 'key_class', 'DET'),               # determiners: 1%
    (-0.72, 'key_class', 'NAME'),             # away from names: 0%
    (-2.8, 'query_distance', 'DET', 0),       # away from itself, from determiners: 0%
    (-1.13, 'query_distance', 'PERIOD', 0),   # away from itself, from periods: 0%
    (-0.48, 'last', 'DET'),                   # away from the last determiner: 0%
                                              # other keys: 13%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
