"""Mainly the first token (44%); otherwise word starts, the token ' the' and the query's own sentence.

head: L6H5
heldout_iou: 0.535
heldout_iou_no_bos: 0.418
name: L6H5
form: terms
terms: 9
origin: synthesized (search/terms)
target: L6H5
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.69, 'first'),                          # the first token: 44%
    (0.76, 'word_start'),                     # word starts: 19%
    (3.82, 'key_token', ' the'),              # the token ' the': 17%
    (0.14, 'same_sentence'),                  # the query's own sentence: 10%
    (0.48, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 7%
    (3.4, 'pair', 'PERIOD', 'PERIOD'),        # period -> period: 2%
    (0.22, 'log_distance'),                   # distant tokens: 1%
    (3.19, 'pair', 'COMMA', 'PERIOD'),        # comma -> period: 0%
    (-0.04, 'key_class', 'DET'),              # away from determiners: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
