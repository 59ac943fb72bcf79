"""Mainly the first token (52%); otherwise recent tokens, periods and names.

head: L22H0
heldout_iou: 0.557
heldout_iou_no_bos: 0.397
name: L22H0
form: terms
terms: 9
origin: synthesized (search/terms)
target: L22H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.4, 'first'),                           # the first token: 52%
    (-0.59, 'log_distance'),                  # recent tokens: 36%
    (1.61, 'key_class', 'PERIOD'),            # periods: 6%
    (1.0, 'key_class', 'NAME'),               # names: 3%
    (1.51, 'after', 'CONTENT', 'DET'),        # content word -> the token after a determiner: 2%
    (2.43, 'key_token', ' park'),             # the token ' park': 1%
    (1.89, 'pair', 'NAME', 'BOS'),            # name -> first token: 0%
    (1.01, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
    (-0.45, 'pair', 'CONTENT', 'CONTENT'),    # away from content word -> content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
