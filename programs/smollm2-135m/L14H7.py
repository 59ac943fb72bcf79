"""Mainly the first token (41%); otherwise recent tokens, the query's own sentence and periods.

head: L14H7
heldout_iou: 0.578
heldout_iou_no_bos: 0.494
name: L14H7
form: terms
terms: 10
origin: synthesized (search/terms)
target: L14H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.54, 'first'),                          # the first token: 41%
    (-0.33, 'log_distance'),                  # recent tokens: 25%
    (0.28, 'same_sentence'),                  # the query's own sentence: 19%
    (1.33, 'key_class', 'PERIOD'),            # periods: 8%
    (0.25, 'last', 'CONTENT'),                # the last content word: 5%
    (1.01, 'same_token'),                     # earlier copies of the query token: 2%
    (1.05, 'pair', 'PERIOD', 'BOS'),          # period -> first token: 0%
    (-0.88, 'key_class', 'DET'),              # away from determiners: 0%
    (-0.41, 'key_class', 'AUX'),              # away from auxiliaries: 0%
    (0.16, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
