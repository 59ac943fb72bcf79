"""Mostly the first token (57%); otherwise the query's own sentence, recent tokens and periods.

head: L15H4
heldout_iou: 0.585
heldout_iou_no_bos: 0.491
name: L15H4
form: terms
terms: 6
origin: synthesized (search/terms)
target: L15H4
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.66, 'first'),                          # the first token: 57%
    (0.89, 'same_sentence'),                  # the query's own sentence: 21%
    (-0.2, 'log_distance'),                   # recent tokens: 14%
    (1.6, 'key_class', 'PERIOD'),             # periods: 8%
    (-0.75, 'key_class', 'DET'),              # away from determiners: 0%
    (-0.57, 'key_class', 'NAME'),             # away from names: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
