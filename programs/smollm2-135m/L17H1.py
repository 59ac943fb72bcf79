"""Mainly the first token (44%); otherwise the query's own sentence, recent tokens and periods.

head: L17H1
heldout_iou: 0.628
heldout_iou_no_bos: 0.571
name: L17H1
form: terms
terms: 9
origin: synthesized (search/terms)
target: L17H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.97, 'first'),                          # the first token: 44%
    (0.78, 'same_sentence'),                  # the query's own sentence: 28%
    (-0.55, 'log_distance'),                  # recent tokens: 19%
    (1.13, 'key_class', 'PERIOD'),            # periods: 6%
    (0.62, 'last', 'CONJ'),                   # the last conjunction: 3%
    (-1.43, 'distance', 0),                   # away from the token itself: 0%
    (-0.59, 'key_class', 'DET'),              # away from determiners: 0%
    (-0.36, 'distance', 1),                   # away from the previous token: 0%
    (0.3, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
