"""Mostly the first token (64%); otherwise the last period, periods and the token '.'.

head: L18H4
heldout_iou: 0.639
heldout_iou_no_bos: 0.381
name: L18H4
form: terms
terms: 5
origin: synthesized (search/terms)
target: L18H4
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.83, 'first'),                          # the first token: 64%
    (0.78, 'last', 'PERIOD'),                 # the last period: 5%
    (1.39, 'key_class', 'PERIOD'),            # periods: 3%
    (0.57, 'key_token', '.'),                 # the token '.': 1%
    (0.8, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 0%
                                              # other keys: 27%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
