"""Mainly the first token (51%); otherwise the token ' the', distant tokens and itself, from periods.

head: L7H0
heldout_iou: 0.584
heldout_iou_no_bos: 0.326
name: L7H0
form: terms
terms: 8
origin: synthesized (search/terms)
target: L7H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (9.88, 'first'),                          # the first token: 51%
    (11.02, 'key_token', ' the'),             # the token ' the': 32%
    (0.25, 'log_distance'),                   # distant tokens: 15%
    (6.24, 'query_distance', 'PERIOD', 0),    # itself, from periods: 1%
    (4.39, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 0%
    (-1.39, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 0%
    (-4.89, 'after', 'CONTENT', 'DET'),       # away from content word -> the token after a determiner: 0%
    (-0.39, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 0%
                                              # other keys: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
