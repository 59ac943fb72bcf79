"""Mainly the first token (30%); otherwise recent tokens and periods.

head: L14H8
heldout_iou: 0.456
heldout_iou_no_bos: 0.421
name: L14H8
form: terms
terms: 4
origin: synthesized (search/terms)
target: L14H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (-0.35, 'log_distance'),                  # recent tokens: 62%
    (3.14, 'first'),                          # the first token: 30%
    (1.09, 'key_class', 'PERIOD'),            # periods: 8%
    (-1.23, 'key_class', 'DET'),              # away from determiners: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
