"""Mostly the first token (72%); on repeated random tokens mainly the token after an earlier copy of the query's last two tokens (induction) (32%); otherwise content words, names and content word -> content word.

head: L22H7
heldout_iou: 0.586
heldout_iou_no_bos: 0.306
name: L22H7
form: terms
terms: 8
origin: synthesized (search/terms)
target: L22H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (6.43, 'first'),                          # the first token: 72%
    (1.47, 'key_class', 'CONTENT'),           # content words: 13%
    (2.07, 'key_class', 'NAME'),              # names: 3%
    (0.53, 'pair', 'CONTENT', 'CONTENT'),     # content word -> content word: 2%
    (2.01, 'induction'),                      # the token after an earlier copy of the query (induction): 1%
    (3.21, 'pair', 'PERIOD', 'NAME'),         # period -> name: 1%
    (1.54, 'long_induction'),                 # the token after an earlier copy of the query's last two tokens (induction): 1%
    (0.6, 'pair', 'CONTENT', 'BOS'),          # content word -> first token: 0%
                                              # other keys: 7%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
