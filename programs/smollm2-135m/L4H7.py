"""Mainly the first token (43%); otherwise the token ' the', content words and the query's own sentence.

head: L4H7
heldout_iou: 0.488
heldout_iou_no_bos: 0.340
name: L4H7
form: terms
terms: 12
origin: synthesized (search/terms)
target: L4H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (6.24, 'first'),                          # the first token: 43%
    (7.73, 'key_token', ' the'),              # the token ' the': 30%
    (1.61, 'key_class', 'CONTENT'),           # content words: 13%
    (0.71, 'same_sentence'),                  # the query's own sentence: 10%
    (4.59, 'query_distance', 'PERIOD', 0),    # itself, from periods: 1%
    (-0.98, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 1%
    (5.02, 'key_distance', 'PERIOD', 1),      # the previous token when a period: 0%
    (-0.87, 'last', 'DET'),                   # away from the last determiner: 0%
    (-3.52, 'after', 'CONTENT', 'COMMA'),     # away from content word -> the token after a comma: 0%
    (-2.55, 'pair', 'PERIOD', 'DET'),         # away from period -> determiner: 0%
    (-2.49, 'after', 'CONTENT', 'DET'),       # away from content word -> the token after a determiner: 0%
    (-0.19, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 0%
                                              # other keys: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
