"""Mainly the first token (46%); otherwise recent tokens, the query's own sentence and periods.

head: L15H3
heldout_iou: 0.595
heldout_iou_no_bos: 0.538
name: L15H3
form: terms
terms: 7
origin: synthesized (search/terms)
target: L15H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.79, 'first'),                          # the first token: 46%
    (-0.14, 'log_distance'),                  # recent tokens: 21%
    (0.75, 'same_sentence'),                  # the query's own sentence: 21%
    (1.74, 'key_class', 'PERIOD'),            # periods: 11%
    (1.47, 'key_class', 'NEWLINE'),           # newlines: 1%
    (-1.24, 'key_token', ' the'),             # away from the token ' the': 0%
    (-0.79, 'key_class', 'PREP'),             # away from prepositions: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
