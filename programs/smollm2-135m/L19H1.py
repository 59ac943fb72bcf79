"""Mainly the first token (35%); otherwise recent tokens.

head: L19H1
heldout_iou: 0.552
heldout_iou_no_bos: 0.492
name: L19H1
form: terms
terms: 4
origin: synthesized (search/terms)
target: L19H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (-0.46, 'log_distance'),                  # recent tokens: 65%
    (3.06, 'first'),                          # the first token: 35%
    (-0.55, 'key_class', 'DET'),              # away from determiners: 0%
    (0.49, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
