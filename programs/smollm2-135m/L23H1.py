"""Mostly the first token (71%); on repeated random tokens mainly the token after an earlier copy of the query (induction) (28%); otherwise content words, names and content word -> content word.

head: L23H1
heldout_iou: 0.606
heldout_iou_no_bos: 0.304
name: L23H1
form: terms
terms: 7
origin: synthesized (search/terms)
target: L23H1
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (7.02, 'first'),                          # the first token: 71%
    (2.36, 'key_class', 'CONTENT'),           # content words: 14%
    (3.52, 'key_class', 'NAME'),              # names: 6%
    (2.58, 'induction'),                      # the token after an earlier copy of the query (induction): 3%
    (0.48, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 2%
    (3.26, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (0.48, 'pair', 'CONTENT', 'BOS'),         # content word -> first token: 0%
                                              # other keys: 3%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
