"""Mostly the first token (78%); otherwise the query's own sentence and the token itself.

head: L24H3
heldout_iou: 0.698
heldout_iou_no_bos: 0.365
name: L24H3
form: terms
terms: 3
origin: synthesized (search/terms)
target: L24H3
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (8.08, 'first'),                          # the first token: 78%
    (2.5, 'same_sentence'),                   # the query's own sentence: 13%
    (2.82, 'distance', 0),                    # the token itself: 7%
                                              # other keys: 2%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
