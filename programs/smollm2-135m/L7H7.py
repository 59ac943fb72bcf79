"""Mainly the first token (52%); otherwise the token ' the', content words and earlier copies of the query token.

head: L7H7
heldout_iou: 0.551
heldout_iou_no_bos: 0.395
name: L7H7
form: terms
terms: 7
origin: synthesized (search/terms)
target: L7H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (8.61, 'first'),                          # the first token: 52%
    (10.23, 'key_token', ' the'),             # the token ' the': 26%
    (1.95, 'key_class', 'CONTENT'),           # content words: 10%
    (6.63, 'same_token'),                     # earlier copies of the query token: 5%
    (6.73, 'distance', 0),                    # the token itself: 5%
    (0.79, 'log_distance'),                   # distant tokens: 2%
    (-1.29, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
