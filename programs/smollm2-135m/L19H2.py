"""Mainly the first token (44%); otherwise recent tokens.

head: L19H2
heldout_iou: 0.589
heldout_iou_no_bos: 0.539
name: L19H2
form: terms
terms: 4
origin: synthesized (search/terms)
target: L19H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (-0.6, 'log_distance'),                   # recent tokens: 56%
    (3.68, 'first'),                          # the first token: 44%
    (-0.71, 'key_class', 'DET'),              # away from determiners: 0%
    (0.7, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
