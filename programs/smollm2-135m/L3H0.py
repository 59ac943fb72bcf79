"""Mainly the first token (47%); otherwise the token ' the', distant tokens and the query's own sentence.

head: L3H0
heldout_iou: 0.514
heldout_iou_no_bos: 0.297
name: L3H0
form: terms
terms: 9
origin: synthesized (search/terms)
target: L3H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.48, 'first'),                          # the first token: 47%
    (6.9, 'key_token', ' the'),               # the token ' the': 26%
    (0.91, 'log_distance'),                   # distant tokens: 10%
    (0.81, 'same_sentence'),                  # the query's own sentence: 7%
    (1.23, 'distance', 1),                    # the previous token: 5%
    (1.66, 'distance', 0),                    # the token itself: 4%
    (4.13, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (-3.24, 'after', 'CONTENT', 'COMMA'),     # away from content word -> the token after a comma: 0%
    (-1.16, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
