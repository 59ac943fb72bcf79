"""Mostly the first token (58%); otherwise recent tokens, the query's own sentence and periods.

head: L18H3
heldout_iou: 0.552
heldout_iou_no_bos: 0.447
name: L18H3
form: terms
terms: 11
origin: synthesized (search/terms)
target: L18H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.51, 'first'),                          # the first token: 58%
    (-0.63, 'log_distance'),                  # recent tokens: 15%
    (0.12, 'same_sentence'),                  # the query's own sentence: 15%
    (1.4, 'key_class', 'PERIOD'),             # periods: 6%
    (0.48, 'last', 'CONTENT'),                # the last content word: 4%
    (1.09, 'last', 'CONJ'),                   # the last conjunction: 2%
    (2.16, 'pair', 'NAME', 'BOS'),            # name -> first token: 0%
    (1.47, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
    (-0.97, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (-0.48, 'key_class', 'DET'),              # away from determiners: 0%
    (-0.22, 'distance', 0),                   # away from the token itself: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
