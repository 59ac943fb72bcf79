"""Mainly the first token (43%); otherwise the token ' the', distant tokens and the query's own sentence.

head: L6H2
heldout_iou: 0.475
heldout_iou_no_bos: 0.330
name: L6H2
form: terms
terms: 11
origin: synthesized (search/terms)
target: L6H2
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.84, 'first'),                          # the first token: 43%
    (7.97, 'key_token', ' the'),              # the token ' the': 27%
    (1.12, 'log_distance'),                   # distant tokens: 14%
    (1.61, 'same_sentence'),                  # the query's own sentence: 12%
    (1.88, 'distance', 0),                    # the token itself: 4%
    (-7.4, 'pair', 'PERIOD', 'DET'),          # away from period -> determiner: 0%
    (-4.76, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (-4.67, 'after', 'CONTENT', 'COMMA'),     # away from content word -> the token after a comma: 0%
    (-2.75, 'after', 'CONTENT', 'DET'),       # away from content word -> the token after a determiner: 0%
    (-1.6, 'after', 'CONTENT', 'CONTENT'),    # away from content word -> the token after a content word: 0%
    (-0.38, 'last', 'DET'),                   # away from the last determiner: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
