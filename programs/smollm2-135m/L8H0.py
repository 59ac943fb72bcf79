"""Mainly the first token (42%); on repeated random tokens mainly earlier copies of the query token (49%); otherwise the token ' the', content words and the token itself.

head: L8H0
heldout_iou: 0.510
heldout_iou_no_bos: 0.422
name: L8H0
form: terms
terms: 8
origin: synthesized (search/terms)
target: L8H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (6.5, 'first'),                           # the first token: 42%
    (7.28, 'key_token', ' the'),              # the token ' the': 20%
    (6.84, 'same_token'),                     # earlier copies of the query token: 12%
    (1.11, 'key_class', 'CONTENT'),           # content words: 11%
    (5.14, 'distance', 0),                    # the token itself: 9%
    (0.33, 'log_distance'),                   # distant tokens: 5%
    (0.5, 'after', 'CONTENT', 'PREP'),        # content word -> the token after a preposition: 1%
    (-0.08, 'embed_cosine'),                  # away from tokens similar to the query: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
