"""Mainly the first token (48%); on repeated random tokens mainly content word -> first token (19%); otherwise the last content word and earlier copies of the query token.

head: L17H0
heldout_iou: 0.468
heldout_iou_no_bos: 0.347
name: L17H0
form: terms
terms: 4
origin: synthesized (search/terms)
target: L17H0
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (3.71, 'first'),                          # the first token: 48%
    (1.45, 'last', 'CONTENT'),                # the last content word: 6%
    (1.28, 'same_token'),                     # earlier copies of the query token: 2%
    (0.32, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
                                              # other keys: 44%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
