"""Mainly the first token (53%); otherwise content words, the query's own sentence and periods.

head: L29H5
heldout_iou: 0.604
heldout_iou_no_bos: 0.476
name: L29H5
form: terms
terms: 12
origin: synthesized (search/terms)
target: L29H5
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (4.18, 'first'),                          # the first token: 53%
    (0.43, 'key_class', 'CONTENT'),           # content words: 14%
    (0.25, 'same_sentence'),                  # the query's own sentence: 9%
    (1.38, 'key_class', 'PERIOD'),            # periods: 8%
    (0.6, 'key_class', 'NAME'),               # names: 3%
    (1.03, 'key_class', 'NUMBER'),            # numbers: 2%
    (0.73, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 2%
    (0.91, 'key_class', 'COMMA'),             # commas: 1%
    (2.23, 'pair', 'PERIOD', 'PERIOD'),       # period -> period: 1%
    (0.77, 'pair', 'NAME', 'BOS'),            # name -> first token: 0%
    (0.58, 'pair', 'DET', 'BOS'),             # determiner -> first token: 0%
    (0.09, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
                                              # other keys: 7%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
