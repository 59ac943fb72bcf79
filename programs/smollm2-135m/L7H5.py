"""Mainly the first token (45%); otherwise content words and the token ' the'.

head: L7H5
heldout_iou: 0.550
heldout_iou_no_bos: 0.452
name: L7H5
form: terms
terms: 6
origin: synthesized (search/terms)
target: L7H5
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.79, 'first'),                          # the first token: 45%
    (0.42, 'key_class', 'CONTENT'),           # content words: 20%
    (4.3, 'key_token', ' the'),               # the token ' the': 19%
    (-0.18, 'after', 'CONTENT', 'CONTENT'),   # away from content word -> the token after a content word: 2%
    (-0.31, 'key_class', 'DET'),              # away from determiners: 1%
    (-1.27, 'pair', 'PERIOD', 'DET'),         # away from period -> determiner: 0%
                                              # other keys: 13%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
