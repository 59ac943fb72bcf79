"""Mostly the first token (62%); otherwise recent tokens and periods.

head: L19H0
heldout_iou: 0.723
heldout_iou_no_bos: 0.623
name: L19H0
form: terms
terms: 5
origin: synthesized (search/terms)
target: L19H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.28, 'first'),                          # the first token: 62%
    (-0.4, 'log_distance'),                   # recent tokens: 33%
    (0.92, 'key_class', 'PERIOD'),            # periods: 5%
    (-0.49, 'key_class', 'NAME'),             # away from names: 0%
    (-0.45, 'key_class', 'DET'),              # away from determiners: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
