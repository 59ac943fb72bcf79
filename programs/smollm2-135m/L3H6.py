"""Mainly the first token (47%); otherwise content words, the token ' the' and word starts.

head: L3H6
heldout_iou: 0.591
heldout_iou_no_bos: 0.436
name: L3H6
form: terms
terms: 11
origin: synthesized (search/terms)
target: L3H6
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.95, 'first'),                          # the first token: 47%
    (0.11, 'key_class', 'CONTENT'),           # content words: 17%
    (4.05, 'key_token', ' the'),              # the token ' the': 14%
    (0.92, 'word_start'),                     # word starts: 8%
    (0.48, 'same_sentence'),                  # the query's own sentence: 7%
    (1.58, 'key_class', 'PERIOD'),            # periods: 6%
    (1.59, 'query_distance', 'DET', 0),       # itself, from determiners: 1%
    (0.26, 'log_distance'),                   # distant tokens: 0%
    (-0.24, 'key_class', 'DET'),              # away from determiners: 0%
    (-0.2, 'last', 'DET'),                    # away from the last determiner: 0%
    (-0.17, 'pair', 'CONTENT', 'DET'),        # away from content word -> determiner: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
