"""Mainly the first token (44%); otherwise the token ' the', content words and the query's own sentence.

head: L5H4
heldout_iou: 0.499
heldout_iou_no_bos: 0.352
name: L5H4
form: terms
terms: 14
origin: synthesized (search/terms)
target: L5H4
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.35, 'first'),                          # the first token: 44%
    (6.78, 'key_token', ' the'),              # the token ' the': 28%
    (0.78, 'key_class', 'CONTENT'),           # content words: 13%
    (0.96, 'same_sentence'),                  # the query's own sentence: 8%
    (1.39, 'word_start'),                     # word starts: 5%
    (2.22, 'last', 'PERIOD'),                 # the last period: 2%
    (1.25, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 0%
    (0.72, 'log_distance'),                   # distant tokens: 0%
    (-5.24, 'pair', 'PERIOD', 'DET'),         # away from period -> determiner: 0%
    (-3.32, 'pair', 'PERIOD', 'BOS'),         # away from period -> first token: 0%
    (-2.66, 'after', 'CONTENT', 'COMMA'),     # away from content word -> the token after a comma: 0%
    (-2.42, 'after', 'CONTENT', 'DET'),       # away from content word -> the token after a determiner: 0%
    (-1.2, 'after', 'CONTENT', 'CONTENT'),    # away from content word -> the token after a content word: 0%
    (-0.16, 'pair', 'CONTENT', 'BOS'),        # away from content word -> first token: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
