"""Mostly the first token (84%); otherwise content word -> period, the token after an earlier copy of the query (induction) and period -> period.

head: L24H1
heldout_iou: 0.766
heldout_iou_no_bos: 0.312
name: L24H1
form: terms
terms: 4
origin: synthesized (search/terms)
target: L24H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.97, 'first'),                          # the first token: 84%
    (2.3, 'pair', 'CONTENT', 'PERIOD'),       # content word -> period: 3%
    (1.49, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (3.83, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
                                              # other keys: 11%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
