"""Mainly the first token (41%); otherwise the token ' the', content words and the token '.'.

head: L3H3
heldout_iou: 0.546
heldout_iou_no_bos: 0.410
name: L3H3
form: terms
terms: 12
origin: synthesized (search/terms)
target: L3H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.1, 'first'),                           # the first token: 41%
    (6.08, 'key_token', ' the'),              # the token ' the': 26%
    (0.29, 'key_class', 'CONTENT'),           # content words: 10%
    (1.9, 'key_token', '.'),                  # the token '.': 6%
    (1.83, 'key_class', 'PERIOD'),            # periods: 5%
    (1.23, 'distance', 0),                    # the token itself: 5%
    (0.31, 'log_distance'),                   # distant tokens: 4%
    (3.0, 'key_class', 'COMMA'),              # commas: 2%
    (2.1, 'key_token', ' and'),               # the token ' and': 1%
    (1.24, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 0%
    (-2.44, 'after', 'CONTENT', 'DET'),       # away from content word -> the token after a determiner: 0%
    (-0.2, 'after', 'CONTENT', 'CONTENT'),    # away from content word -> the token after a content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
