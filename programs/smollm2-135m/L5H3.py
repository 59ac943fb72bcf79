"""Mainly the first token (47%); otherwise the token ' the', content words and distant tokens.

head: L5H3
heldout_iou: 0.512
heldout_iou_no_bos: 0.323
name: L5H3
form: terms
terms: 11
origin: synthesized (search/terms)
target: L5H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (6.35, 'first'),                          # the first token: 47%
    (8.19, 'key_token', ' the'),              # the token ' the': 28%
    (1.84, 'key_class', 'CONTENT'),           # content words: 13%
    (1.24, 'log_distance'),                   # distant tokens: 6%
    (2.08, 'distance', 0),                    # the token itself: 3%
    (1.41, 'same_sentence'),                  # the query's own sentence: 2%
    (4.75, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (-3.35, 'after', 'CONTENT', 'COMMA'),     # away from content word -> the token after a comma: 0%
    (-2.88, 'after', 'CONTENT', 'DET'),       # away from content word -> the token after a determiner: 0%
    (-1.99, 'pair', 'PERIOD', 'DET'),         # away from period -> determiner: 0%
    (-0.56, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
