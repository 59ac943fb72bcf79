"""Mainly the first token (31%); otherwise recent tokens and periods.

head: L13H7
heldout_iou: 0.507
heldout_iou_no_bos: 0.470
name: L13H7
form: terms
terms: 7
origin: synthesized (search/terms)
target: L13H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (-0.62, 'log_distance'),                  # recent tokens: 60%
    (3.26, 'first'),                          # the first token: 31%
    (0.97, 'key_class', 'PERIOD'),            # periods: 9%
    (-1.67, 'key_token', ' the'),             # away from the token ' the': 0%
    (1.12, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (-0.81, 'key_class', 'NAME'),             # away from names: 0%
    (-0.58, 'distance', 0),                   # away from the token itself: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
