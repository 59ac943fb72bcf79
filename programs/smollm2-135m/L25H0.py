"""Mostly the first token (59%); otherwise recent tokens, periods and subject pronouns.

head: L25H0
heldout_iou: 0.578
heldout_iou_no_bos: 0.430
name: L25H0
form: terms
terms: 8
origin: synthesized (search/terms)
target: L25H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.07, 'first'),                          # the first token: 59%
    (-0.64, 'log_distance'),                  # recent tokens: 32%
    (1.14, 'key_class', 'PERIOD'),            # periods: 6%
    (0.56, 'key_class', 'PRON_SUBJ'),         # subject pronouns: 3%
    (-1.68, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (0.87, 'pair', 'DET', 'BOS'),             # determiner -> first token: 0%
    (0.65, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
    (-0.15, 'key_class', 'CONTENT'),          # away from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
