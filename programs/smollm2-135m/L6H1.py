"""Mainly the first token (49%); otherwise the token ' the', content words and the token itself.

head: L6H1
heldout_iou: 0.540
heldout_iou_no_bos: 0.321
name: L6H1
form: terms
terms: 10
origin: synthesized (search/terms)
target: L6H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (7.48, 'first'),                          # the first token: 49%
    (9.38, 'key_token', ' the'),              # the token ' the': 30%
    (2.37, 'key_class', 'CONTENT'),           # content words: 12%
    (2.37, 'distance', 0),                    # the token itself: 3%
    (1.11, 'log_distance'),                   # distant tokens: 3%
    (1.03, 'same_sentence'),                  # the query's own sentence: 2%
    (6.54, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (-4.66, 'after', 'CONTENT', 'COMMA'),     # away from content word -> the token after a comma: 0%
    (-2.58, 'after', 'CONTENT', 'DET'),       # away from content word -> the token after a determiner: 0%
    (-1.04, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
