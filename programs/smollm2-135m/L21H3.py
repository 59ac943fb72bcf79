"""Mainly the first token (30%); otherwise the query's own sentence, recent tokens and periods.

head: L21H3
heldout_iou: 0.528
heldout_iou_no_bos: 0.522
name: L21H3
form: terms
terms: 7
origin: synthesized (search/terms)
target: L21H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.19, 'first'),                          # the first token: 30%
    (0.35, 'same_sentence'),                  # the query's own sentence: 30%
    (-0.45, 'log_distance'),                  # recent tokens: 22%
    (1.76, 'key_class', 'PERIOD'),            # periods: 16%
    (0.68, 'last', 'COMMA'),                  # the last comma: 2%
    (-0.74, 'key_class', 'DET'),              # away from determiners: 0%
    (0.36, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
