"""Mainly the first token (50%); otherwise the token ' the', content words and periods.

head: L7H1
heldout_iou: 0.562
heldout_iou_no_bos: 0.333
name: L7H1
form: terms
terms: 7
origin: synthesized (search/terms)
target: L7H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (7.87, 'first'),                          # the first token: 50%
    (9.23, 'key_token', ' the'),              # the token ' the': 31%
    (1.92, 'key_class', 'CONTENT'),           # content words: 12%
    (3.08, 'key_class', 'PERIOD'),            # periods: 3%
    (0.23, 'log_distance'),                   # distant tokens: 3%
    (5.47, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (-1.78, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
