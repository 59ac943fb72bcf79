"""Mainly the previous token (22%), not a term of the program and the tokens 2 to 4 back (24%), not a term of the program; on repeated random tokens mainly the token itself (13%), not a term of the program; otherwise recent tokens and the previous token, from determiners.

head: L0H3
heldout_iou: 0.555
heldout_iou_no_bos: 0.556
name: L0H3
form: terms
terms: 4
origin: synthesized (search/terms)
target: L0H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (-1.19, 'log_distance'),                  # recent tokens: 91%
    (0.99, 'query_distance', 'DET', 1),       # the previous token, from determiners: 3%
    (0.86, 'same_token'),                     # earlier copies of the query token: 3%
    (-1.04, 'distance', 0),                   # away from the token itself: 0%
                                              # other keys: 3%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
