"""Mainly the first token (41%); otherwise the query's own sentence, the token ' the' and word starts.

head: L7H8
heldout_iou: 0.454
heldout_iou_no_bos: 0.335
name: L7H8
form: terms
terms: 7
origin: synthesized (search/terms)
target: L7H8
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.08, 'first'),                          # the first token: 41%
    (0.73, 'same_sentence'),                  # the query's own sentence: 23%
    (4.24, 'key_token', ' the'),              # the token ' the': 17%
    (1.44, 'word_start'),                     # word starts: 15%
    (2.23, 'last', 'PERIOD'),                 # the last period: 4%
    (-0.17, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 0%
    (-0.58, 'last', 'DET'),                   # away from the last determiner: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
