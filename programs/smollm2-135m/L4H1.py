"""Mainly the first token (38%); otherwise content words, distant tokens and the token ' the'.

head: L4H1
heldout_iou: 0.510
heldout_iou_no_bos: 0.424
name: L4H1
form: terms
terms: 11
origin: synthesized (search/terms)
target: L4H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.42, 'first'),                          # the first token: 38%
    (0.28, 'key_class', 'CONTENT'),           # content words: 20%
    (0.32, 'log_distance'),                   # distant tokens: 11%
    (2.83, 'key_token', ' the'),              # the token ' the': 9%
    (0.17, 'same_sentence'),                  # the query's own sentence: 6%
    (0.91, 'distance', 0),                    # the token itself: 5%
    (0.83, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 5%
    (1.15, 'key_class', 'PERIOD'),            # periods: 3%
    (0.95, 'same_token'),                     # earlier copies of the query token: 3%
    (0.74, 'after', 'DET', 'PREP'),           # determiner -> the token after a preposition: 0%
    (-1.43, 'key_token', ' a'),               # away from the token ' a': 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
