"""Mostly the first token (66%); otherwise content words, the query's own sentence and names.

head: L29H7
heldout_iou: 0.626
heldout_iou_no_bos: 0.394
name: L29H7
form: terms
terms: 8
origin: synthesized (search/terms)
target: L29H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (5.35, 'first'),                          # the first token: 67%
    (1.24, 'key_class', 'CONTENT'),           # content words: 13%
    (0.19, 'same_sentence'),                  # the query's own sentence: 6%
    (1.9, 'key_class', 'NAME'),               # names: 4%
    (0.34, 'after', 'CONTENT', 'CONTENT'),    # content word -> the token after a content word: 4%
    (1.03, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (1.49, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (0.22, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
                                              # other keys: 4%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
