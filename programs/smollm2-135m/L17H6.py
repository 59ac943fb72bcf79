"""Mostly the first token (57%); otherwise the query's own sentence, content words and recent tokens.

head: L17H6
heldout_iou: 0.625
heldout_iou_no_bos: 0.510
name: L17H6
form: terms
terms: 8
origin: synthesized (search/terms)
target: L17H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.94, 'first'),                          # the first token: 57%
    (0.43, 'same_sentence'),                  # the query's own sentence: 18%
    (0.15, 'key_class', 'CONTENT'),           # content words: 13%
    (-0.69, 'log_distance'),                  # recent tokens: 7%
    (0.85, 'key_class', 'PERIOD'),            # periods: 5%
    (-1.46, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (-0.68, 'key_class', 'DET'),              # away from determiners: 0%
    (0.53, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
