"""Mainly the first token (32%); otherwise word starts, the token ' the' and the token itself.

head: L4H0
heldout_iou: 0.480
heldout_iou_no_bos: 0.403
name: L4H0
form: terms
terms: 8
origin: synthesized (search/terms)
target: L4H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.42, 'first'),                          # the first token: 32%
    (0.76, 'word_start'),                     # word starts: 22%
    (3.71, 'key_token', ' the'),              # the token ' the': 15%
    (1.68, 'distance', 0),                    # the token itself: 12%
    (0.61, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 11%
    (1.03, 'key_class', 'PERIOD'),            # periods: 4%
    (1.47, 'same_token'),                     # earlier copies of the query token: 3%
    (0.28, 'embed_cosine'),                   # tokens similar to the query: 1%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
