"""Mainly the first token (49%); otherwise the token ' the'.

head: L8H4
heldout_iou: 0.518
heldout_iou_no_bos: 0.305
name: L8H4
form: terms
terms: 2
origin: synthesized (search/terms)
target: L8H4
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (6.69, 'first'),                          # the first token: 49%
    (7.46, 'key_token', ' the'),              # the token ' the': 26%
                                              # other keys: 25%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
