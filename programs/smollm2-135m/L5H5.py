"""Mainly the first token (52%); otherwise the token ' the', content words and distant tokens.

head: L5H5
heldout_iou: 0.579
heldout_iou_no_bos: 0.291
name: L5H5
form: terms
terms: 5
origin: synthesized (search/terms)
target: L5H5
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (9.34, 'first'),                          # the first token: 52%
    (11.23, 'key_token', ' the'),             # the token ' the': 32%
    (3.47, 'key_class', 'CONTENT'),           # content words: 13%
    (0.64, 'log_distance'),                   # distant tokens: 3%
    (-1.63, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
