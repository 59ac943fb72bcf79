"""Mainly the first token (47%); otherwise the token ' the', the previous token and distant tokens.

head: L3H4
heldout_iou: 0.494
heldout_iou_no_bos: 0.325
name: L3H4
form: terms
terms: 10
origin: synthesized (search/terms)
target: L3H4
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.14, 'first'),                          # the first token: 47%
    (6.22, 'key_token', ' the'),              # the token ' the': 24%
    (0.97, 'distance', 1),                    # the previous token: 7%
    (0.89, 'log_distance'),                   # distant tokens: 6%
    (3.31, 'key_class', 'PERIOD'),            # periods: 6%
    (0.53, 'same_sentence'),                  # the query's own sentence: 4%
    (0.95, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 4%
    (2.63, 'key_class', 'COMMA'),             # commas: 1%
    (0.16, 'key_class', 'DET'),               # determiners: 1%
    (-0.39, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
