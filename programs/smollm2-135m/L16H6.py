"""Mainly periods (28%); on repeated random tokens mainly the first token (9%); otherwise recent tokens, commas and content word -> the token after a period.

head: L16H6
heldout_iou: 0.508
heldout_iou_no_bos: 0.503
name: L16H6
form: terms
terms: 13
origin: synthesized (search/terms)
target: L16H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (-0.49, 'log_distance'),                  # recent tokens: 52%
    (2.31, 'key_class', 'PERIOD'),            # periods: 28%
    (1.47, 'first'),                          # the first token: 13%
    (0.83, 'key_class', 'COMMA'),             # commas: 3%
    (0.55, 'after', 'CONTENT', 'PERIOD'),     # content word -> the token after a period: 2%
    (1.6, 'key_class', 'NEWLINE'),            # newlines: 1%
    (1.82, 'key_class', 'QUOTE'),             # quotation marks: 1%
    (1.56, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (-1.22, 'key_class', 'DET'),              # away from determiners: 0%
    (-1.07, 'distance', 0),                   # away from the token itself: 0%
    (-0.91, 'key_class', 'PREP'),             # away from prepositions: 0%
    (-0.68, 'key_class', 'TO'),               # away from 'to': 0%
    (-0.37, 'distance', 1),                   # away from the previous token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
